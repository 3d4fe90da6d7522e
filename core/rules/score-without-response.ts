import { defineRule } from '../rule';

export default defineRule({
  id: 'score-without-response',
  meta: {
    description: 'A score was given but the employee\'s response to it is not recorded.',
    defaultSeverity: 'error',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'seed'],
  },
  *check({ review }) {
    if (review.score === undefined || review.employee_response) return;
    yield {
      path: ['score'],
      message: "A score was given but the employee's response is not recorded. Add employee_response with their agreement (agree, partly-agree or disagree) and their own words.",
    };
  },
});
