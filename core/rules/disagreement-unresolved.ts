import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'disagreement-unresolved',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, t }) {
    const response = review.employee_response;
    const agreement = response?.agreement;
    if (agreement !== 'disagree' && agreement !== 'partly-agree') return;
    if (response?.comment?.trim() && !isPlaceholder(response.comment)) return;
    // `appeal: { requested: false }` records that no appeal was made: it resolves nothing.
    if (response?.appeal?.requested === true) return;
    yield {
      path: ['employee_response', 'agreement'],
      message: t(agreement === 'disagree' ? 'disagreement-unresolved.disagree' : 'disagreement-unresolved.partly'),
      data: { stub: isPlaceholder(response?.comment) },
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, t }) => ({
      title: t('disagreement-unresolved.fix'),
      edits: edit.fill(['employee_response'], { comment: t('disagreement-unresolved.stub') }),
    }),
  },
});
