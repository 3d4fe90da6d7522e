import { defineRule } from '../rule';

export default defineRule({
  id: 'too-many-improvements',
  meta: {
    description: 'More areas to improve than `policy.max_improvements` (3): the review should focus on the few most urgent.',
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['preparation', 'seed'],
  },
  *check({ review, policy }) {
    // Every item written counts, even one the schema rejected: it is still raised with the employee.
    const count = review.improvements?.length ?? 0;
    const max = policy.max_improvements;
    if (count <= max) return;
    yield {
      path: ['improvements'],
      at: 'key',
      message: `The review raises ${count} areas to improve; at most ${max} are expected. Keep the ${max === 1 ? 'most urgent one' : `${max} most urgent`} and leave the rest for a later conversation, so that the employee can act on them.`,
      related: [{ path: ['improvements', max], message: `Item ${max + 1}: the first beyond the ${max} expected.` }],
    };
  },
});
