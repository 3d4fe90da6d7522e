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
    if (review.strengths?.some((s) => s?.text?.trim())) return;
    yield {
      path: ['strengths'],
      message: 'No strengths recorded. Add at least one specific thing the employee did well, with the fact it rests on.',
    };
  },
});
