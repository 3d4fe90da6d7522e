import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'next-goals-missing',
  meta: {
    description: "A plan or appraisal review that sets no goals for the next period.",
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'seed'],
  },
  *check({ review }) {
    if (review.type !== 'plan' && review.type !== 'appraisal') return;
    if (review.next_goals?.some((g) => g !== undefined && !isPlaceholder(g.title))) return;
    // A goal whose title is still a placeholder is not a goal yet: point at it.
    const stub = review.next_goals?.findIndex((g) => isPlaceholder(g?.title)) ?? -1;
    yield {
      path: stub >= 0 ? ['next_goals', stub, 'title'] : ['next_goals'],
      data: { stub: stub >= 0 },
      message: `This ${review.type} review sets no goals for the next period. Add next_goals, each with an id, a title, a measure and a due date, agreed with the employee.`,
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit }) => ({
      title: 'Add a goal for the next period to fill in',
      // No due date is made up: goal-not-measurable asks for it until one is written.
      edits: [edit.appendItems(['next_goals'], [{
        id: PLACEHOLDER,
        title: `${PLACEHOLDER}: what the goal is, agreed with the employee`,
        measure: `${PLACEHOLDER}: how reaching it will be measured, and from which source`,
      }])],
    }),
  },
});
