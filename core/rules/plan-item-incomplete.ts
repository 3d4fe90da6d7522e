import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

const KEYS = [
  ['owner', 'owner', 'owner (who does it)'],
  ['due', 'due date', 'due (by when)'],
  ['measure', 'measure', 'measure (how both sides will know it worked)'],
] as const;

export default defineRule({
  id: 'plan-item-incomplete',
  meta: {
    description: 'An improvement-plan item without an owner, a due date or a measure of success.',
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    for (const [i, item] of (review.improvement_plan ?? []).entries()) {
      if (!item) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      const missing = KEYS.filter(([key]) => {
        const value = item[key];
        return value === undefined ? !has(['improvement_plan', i, key]) : !value.trim() || isPlaceholder(value);
      });
      if (!missing.length) continue;
      const which = item.addresses ? `The improvement plan item for "${item.addresses}"` : `Improvement plan item ${i + 1}`;
      yield {
        path: ['improvement_plan', i],
        message: `${which} has no ${list(missing.map(([, name]) => name), 'or')}. Add ${list(missing.map(([, , hint]) => hint), 'and')}, so that the plan can be followed up.`,
        // What a stub can fill in: not a placeholder already there, and not `due` (no date is made up).
        data: { fill: missing.map(([key]) => key).filter((key) => key !== 'due' && !isPlaceholder(item[key])) },
      };
    }
  },
  fix: {
    canFix: (report) => (report.data?.fill as string[] | undefined)?.length !== 0,
    create: ({ edit }, report) => {
      const fill = report.data!.fill as string[];
      const stub = Object.fromEntries(fill.map((key) => [key, `${PLACEHOLDER}: ${STUB[key]}`]));
      return { title: `Add ${list(fill, 'and')} to fill in`, edits: edit.fill(report.path, stub) };
    },
  },
});

const STUB: Record<string, string> = { owner: 'who does it', measure: 'how both sides will know it worked' };

function list(words: readonly string[], last: string): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
