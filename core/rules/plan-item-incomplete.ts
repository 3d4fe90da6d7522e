import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

const KEYS = [
  ['owner', 'owner', 'owner (who does it)'],
  ['due', 'due date', 'due (by when)'],
  ['measure', 'measure', 'measure (how both sides will know it worked)'],
] as const;

export default defineRule({
  id: 'plan-item-incomplete',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has, t, list: join }) {
    for (const [i, item] of (review.improvement_plan ?? []).entries()) {
      if (!item) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      const missing = KEYS.filter(([key]) => {
        const value = item[key];
        return value === undefined ? !has(['improvement_plan', i, key]) : !value.trim() || isPlaceholder(value);
      });
      if (!missing.length) continue;
      const which = item.addresses ? t('plan-item-incomplete.item.id', { id: item.addresses }) : t('plan-item-incomplete.item.index', { n: i + 1 });
      yield {
        path: ['improvement_plan', i],
        message: t('plan-item-incomplete.message', {
          item: which,
          missing: join(missing.map(([key]) => t(`plan-item-incomplete.name.${key}`)), 'or'),
          add: join(missing.map(([key]) => t(`plan-item-incomplete.hint.${key}`)), 'and'),
        }),
        // What a stub can fill in: not a placeholder already there, and not `due` (no date is made up).
        data: { fill: missing.map(([key]) => key).filter((key): key is 'owner' | 'measure' => key !== 'due' && !isPlaceholder(item[key])) },
      };
    }
  },
  fix: {
    canFix: (report) => report.data?.fill.length !== 0,
    create: ({ edit, t, list: join }, report) => {
      const fill = report.data?.fill ?? [];
      const stub = Object.fromEntries(fill.map((key) => [key, t(`plan-item-incomplete.stub.${key}`)]));
      return { title: t('plan-item-incomplete.fix', { keys: join(fill, 'and') }), edits: edit.fill(report.path, stub) };
    },
  },
});
