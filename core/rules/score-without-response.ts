import { defineRule } from '../rule';

export default defineRule({
  id: 'score-without-response',
  meta: {
    defaultSeverity: 'error',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, t }) {
    if (review.score === undefined || review.employee_response?.agreement) return;
    if (review.employee_response) {
      yield {
        path: ['employee_response'],
        message: t('score-without-response.noAgreement'),
        data: { stub: true },
      };
      return;
    }
    yield {
      path: ['score'],
      message: t('score-without-response.none'),
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, t }) => ({
      title: t('score-without-response.fix'),
      // No agreement is filled in for them: the rule keeps asking until it is recorded.
      edits: [edit.addTopLevel('employee_response', { comment: t('score-without-response.stub') })],
    }),
  },
});
