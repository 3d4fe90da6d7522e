import { defineRule } from '../rule';

export default defineRule({
  id: 'too-many-improvements',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, policy, t }) {
    // An improvement plan lists every concern by design: it is the record of all of them.
    if (review.type === 'pip') return;
    // Every item written counts, even one the schema rejected: it is still raised with the employee.
    const count = review.improvements?.length ?? 0;
    const max = policy.max_improvements;
    if (count <= max) return;
    yield {
      path: ['improvements'],
      at: 'key',
      message: t(max === 1 ? 'too-many-improvements.message.one' : 'too-many-improvements.message.other', { count, max }),
      related: [{ path: ['improvements', max], message: t('too-many-improvements.related', { n: max + 1, max }) }],
    };
  },
});
