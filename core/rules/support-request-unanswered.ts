import { defineRule } from '../rule';

export default defineRule({
  id: 'support-request-unanswered',
  meta: {
    description: "A request for support from the employee that has no answer, or is still pending when the review is final.",
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'none',
    tags: ['outcome', 'seed'],
  },
  *check({ review, status, has }) {
    for (const [i, item] of (review.support_requests ?? []).entries()) {
      if (!item) continue;
      const what = item.request?.trim() ? `The request "${clip(item.request.trim())}"` : `Support request ${i + 1}`;
      // A response the schema rejected is still written there: the `schema` rule reports it.
      if (item.response === undefined && !has(['support_requests', i, 'response']))
        yield {
          path: ['support_requests', i],
          message: `${what} has no answer. Add \`response:\` (approved, partly-approved, declined or pending) and a note on the next step.`,
        };
      else if (item.response === 'pending' && status === 'final')
        yield {
          path: ['support_requests', i, 'response'],
          message: `${what} is still pending, but the review is final. Record the decision (approved, partly-approved or declined) and the next step in \`note:\`, or keep the review at held until it is decided.`,
        };
    }
  },
});

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
