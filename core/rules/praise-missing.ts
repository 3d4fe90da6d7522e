import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'praise-missing',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome', 'interview-basics'],
  },
  *check({ review, t }) {
    const strengths = review.strengths ?? [];
    if (strengths.some((s) => s?.text?.trim() && !isPlaceholder(s.text))) return;
    const stub = strengths.findIndex((s) => isPlaceholder(s?.text));
    if (stub >= 0) {
      yield { path: ['strengths', stub, 'text'], message: t('praise-missing.stub'), data: { stub: true } };
      return;
    }
    yield {
      path: ['strengths'],
      message: t('praise-missing.none'),
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit, t }) => ({
      title: t('praise-missing.fix'),
      edits: [edit.appendItems(['strengths'], [{ text: t('praise-missing.stub.text'), evidence: t('praise-missing.stub.evidence') }])],
    }),
  },
});
