// The schema check hands the rules the data without every rejected value. It copies only the way
// to each removed value, so it must never change the data it was given (the parser's, which the
// server's features read again), nor any prototype.
import { strict as assert } from 'node:assert';
import { validate } from '../../core/validate';

const review = () => ({
  kind: 'review',
  type: 'appraisal',
  status: 'draft',
  period: { start: '2026-01-01', end: '2026-12-31' },
  employee: { name: 'A' },
  reviewer: { name: 'B' },
  strengths: [{ text: 12, evidence: 'Shipped the report' }, { text: 'Kept the release on time' }],
  improvements: [{ id: 'reports', text: 'Weekly reports' }],
});

describe('validate: the data for the rules', () => {
  it('removes each rejected value, leaves a hole in a list, and keeps the rest', () => {
    const data = review();
    (data as Record<string, unknown>).color = 'blue';
    const { issues, data: out } = validate('review', data) as { issues: unknown[]; data: ReturnType<typeof review> & { color?: string } };
    assert.deepEqual((issues as { path: unknown[] }[]).map((i) => i.path.join('.')).sort(), ['color', 'strengths.0.text']);
    assert.deepEqual(out.strengths[0], { evidence: 'Shipped the report' });
    assert.equal(out.strengths[1]!.text, 'Kept the release on time');
    assert.equal('color' in out, false);
    assert.deepEqual(out.improvements, data.improvements);
  });

  it('leaves the data it was given untouched', () => {
    const data = review();
    const before = structuredClone(data);
    validate('review', data);
    assert.deepEqual(data, before);
    const list = [{ text: 1 }, 'x'];
    const withHole = { ...review(), strengths: list };
    validate('review', withHole);
    assert.deepEqual(list, [{ text: 1 }, 'x']);
  });

  it('removes an unknown key named __proto__ without touching any prototype', () => {
    const data = review() as Record<string, unknown>;
    const inner = { bogus: 1, text: 5 };
    Object.defineProperty(data, '__proto__', { value: { strengths: [inner] }, enumerable: true, writable: true, configurable: true });
    const { data: out } = validate('review', data) as { data: Record<string, unknown> };
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.equal(Object.hasOwn(out, '__proto__'), false, 'an unknown key is removed');
    assert.equal(({} as Record<string, unknown>).bogus, undefined);
  });
});
