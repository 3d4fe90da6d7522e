import { defineRule } from '../rule';

export default defineRule({
  id: 'signoff-missing',
  meta: {
    defaultSeverity: 'error',
    from: 'final',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, has, t }) {
    const roles = new Set((review.signoffs ?? []).map((s) => s?.role));
    const missing = (['employee', 'reviewer'] as const).filter((r) => !roles.has(r));
    if (!missing.length) return;
    yield {
      path: has(['signoffs']) ? ['signoffs'] : ['status'],
      at: has(['signoffs']) ? 'key' : 'value',
      message: t(missing.length === 2 ? 'signoff-missing.both' : `signoff-missing.${missing[0]!}`),
    };
  },
});
