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
    if (review.next_goals?.some((g) => g !== undefined)) return;
    yield {
      path: ['next_goals'],
      message: `This ${review.type} review sets no goals for the next period. Add next_goals, each with an id, a title, a measure and a due date, agreed with the employee.`,
    };
  },
});
