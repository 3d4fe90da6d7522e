import { defineRule } from '../rule';

export default defineRule({
  id: 'support-request-unanswered',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'none',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, status, has, t }) {
    for (const [i, item] of (review.support_requests ?? []).entries()) {
      if (!item) continue;
      const what = item.request?.trim() ? t('support-request-unanswered.request.text', { text: clip(item.request.trim()) }) : t('support-request-unanswered.request.index', { n: i + 1 });
      // A response the schema rejected is still written there: the `schema` rule reports it.
      if (item.response === undefined && !has(['support_requests', i, 'response']))
        yield {
          path: ['support_requests', i],
          message: t('support-request-unanswered.noAnswer', { request: what }),
        };
      else if (item.response === 'pending' && status === 'final')
        yield {
          path: ['support_requests', i, 'response'],
          message: t('support-request-unanswered.pending', { request: what }),
        };
    }
  },
});

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
