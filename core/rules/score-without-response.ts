import { PLACEHOLDER } from '../edits';
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
    create: ({ edit }) => ({
      title: "Add the employee's response to fill in",
      // No agreement is filled in for them: the rule keeps asking until it is recorded.
      edits: [edit.addTopLevel('employee_response', { comment: `${PLACEHOLDER}: the employee's own words on the score; then add agreement: agree, partly-agree or disagree` })],
    }),
  },
});
