import { PLACEHOLDER, isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'praise-missing',
  meta: {
    description: 'The review records no strengths: nothing the employee did well.',
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'stub',
    tags: ['outcome', 'seed'],
  },
  *check({ review }) {
    const strengths = review.strengths ?? [];
    if (strengths.some((s) => s?.text?.trim() && !isPlaceholder(s.text))) return;
    const stub = strengths.findIndex((s) => isPlaceholder(s?.text));
    if (stub >= 0) {
      yield { path: ['strengths', stub, 'text'], message: 'The strength is still a placeholder. Replace it with something specific the employee did well.', data: { stub: true } };
      return;
    }
    yield {
      path: ['strengths'],
      message: 'No strengths recorded. Add at least one specific thing the employee did well, with the fact it rests on.',
    };
  },
  fix: {
    canFix: (report) => !report.data?.stub,
    create: ({ edit }) => ({
      title: 'Add a strength to fill in',
      edits: [edit.appendItems(['strengths'], [{ text: `${PLACEHOLDER}: what the employee did well, and its effect`, evidence: `${PLACEHOLDER}: the record, date or figure it rests on` }])],
    }),
  },
});
