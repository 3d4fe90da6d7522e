import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'goal-not-measurable',
  meta: {
    description: "A goal for the next period without a measure or a due date (not SMART).",
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    for (const [i, goal] of (review.next_goals ?? []).entries()) {
      if (!goal) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      const noMeasure = goal.measure === undefined ? !has(['next_goals', i, 'measure']) : !goal.measure.trim() || isPlaceholder(goal.measure);
      const noDue = goal.due === undefined && !has(['next_goals', i, 'due']);
      if (!noMeasure && !noDue) continue;
      const name = goal.id ? `Next goal "${goal.id}"` : `Next goal ${i + 1}`;
      const what = noMeasure && noDue ? 'no measure and no due date' : noMeasure ? 'no measure' : 'no due date';
      const add = [
        noMeasure ? 'measure (how reaching it will be measured, and from which source)' : '',
        noDue ? 'due (the date it is due, e.g. 2027-12-31)' : '',
      ].filter(Boolean).join(' and ');
      // A stub fills in the measure; no due date is made up for the author.
      yield { path: ['next_goals', i], message: `${name} has ${what}, so nobody can tell at the next review whether it was reached. Add ${add}.`, data: { measure: noMeasure && !isPlaceholder(goal.measure) } };
    }
  },
  fix: {
    canFix: (report) => report.data?.measure === true,
    create: ({ edit }, report) => ({
      title: 'Add a measure to fill in',
      edits: edit.fill(report.path, { measure: `${PLACEHOLDER}: how reaching it will be measured, and from which source` }),
    }),
  },
});
