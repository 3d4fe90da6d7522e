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
        return value === undefined ? !has(['improvement_plan', i, key]) : !value.trim();
      });
      if (!missing.length) continue;
      const which = item.addresses ? `The improvement plan item for "${item.addresses}"` : `Improvement plan item ${i + 1}`;
      yield {
        path: ['improvement_plan', i],
        message: `${which} has no ${list(missing.map(([, name]) => name), 'or')}. Add ${list(missing.map(([, , hint]) => hint), 'and')}, so that the plan can be followed up.`,
      };
    }
  },
});

function list(words: readonly string[], last: string): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
