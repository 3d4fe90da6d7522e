import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'goal-not-measurable',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has, t }) {
    for (const [i, goal] of (review.next_goals ?? []).entries()) {
      if (!goal) continue;
      // A value the schema rejected is still written there: the `schema` rule reports it.
      const noMeasure = goal.measure === undefined ? !has(['next_goals', i, 'measure']) : !goal.measure.trim() || isPlaceholder(goal.measure);
      const noDue = goal.due === undefined && !has(['next_goals', i, 'due']);
      if (!noMeasure && !noDue) continue;
      const name = goal.id ? t('goal-not-measurable.goal.id', { id: goal.id }) : t('goal-not-measurable.goal.index', { n: i + 1 });
      const message = t(noMeasure && noDue ? 'goal-not-measurable.both' : noMeasure ? 'goal-not-measurable.noMeasure' : 'goal-not-measurable.noDue', { goal: name });
      // A stub fills in the measure; no due date is made up for the author.
      yield { path: ['next_goals', i], message, data: { measure: noMeasure && !isPlaceholder(goal.measure) } };
    }
  },
  fix: {
    canFix: (report) => report.data?.measure === true,
    create: ({ edit, t }, report) => ({
      title: t('goal-not-measurable.fix'),
      edits: edit.fill(report.path, { measure: t('goal-not-measurable.stub') }),
    }),
  },
});
