import { defineRule } from '../rule';

export default defineRule({
  id: 'signoff-missing',
  meta: {
    description: 'A final review without both the employee\'s and the reviewer\'s sign-off.',
    defaultSeverity: 'error',
    from: 'final',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    const roles = new Set((review.signoffs ?? []).map((s) => s?.role));
    const missing = (['employee', 'reviewer'] as const).filter((r) => !roles.has(r));
    if (!missing.length) return;
    const who = missing.length === 2 ? 'the employee nor the reviewer has' : `the ${missing[0]} has not`;
    const lead = missing.length === 2 ? `neither ${who}` : who;
    yield {
      path: has(['signoffs']) ? ['signoffs'] : ['status'],
      at: has(['signoffs']) ? 'key' : 'value',
      message: `The review is final, but ${lead} signed it. Add ${missing.map((r) => `\`{ role: ${r}, name: …, on: YYYY-MM-DD }\``).join(' and ')} to signoffs, or set the status back to held until they sign. A signature confirms receipt, not agreement.`,
    };
  },
});
