// The range of words inside a scalar (locate with `inner`): the same offsets as matching the
// value to the text character by character for each finding, but each scalar read once.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { type Node, type Scalar, isScalar, stringify } from 'yaml';
import { isSpace, locate } from '../../core/locate';
import { parse, toRange } from '../../core/parse';

const SEED = Number(process.env.FC_SEED ?? 20_261_207);

/**
 * The matcher as it was, one walk from the value's first character for every finding: the
 * reference the per-scalar alignment must agree with.
 */
function referenceSpan(text: string, node: Scalar, inner: { start: number; end: number }): [number, number] | undefined {
  const value = node.value;
  if (typeof value !== 'string' || !node.range || inner.start < 0 || inner.end > value.length || inner.end <= inner.start) return undefined;
  const SPACE = /\s/;
  const escapeLength = (c: string | undefined) => (c === 'x' ? 4 : c === 'u' ? 6 : c === 'U' ? 10 : 2);
  const limit = node.range[1];
  const double = node.type === 'QUOTE_DOUBLE';
  let si = node.range[0];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') si += 1;
  else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const nl = text.indexOf('\n', si);
    si = nl === -1 ? si : nl + 1;
  }
  let start = -1;
  for (let vi = 0; vi < inner.end; vi++) {
    const v = value[vi]!;
    let width = 1;
    if (double && text[si] === '\\') {
      while (text[si] === '\\' && (text[si + 1] === '\n' || text[si + 1] === '\r')) {
        si += 2;
        while (si < limit && SPACE.test(text[si]!)) si++;
      }
      if (text[si] === '\\') width = escapeLength(text[si + 1]);
    } else if (SPACE.test(v)) {
      if (!SPACE.test(text[si] ?? '')) return undefined;
    } else {
      while (si < limit && text[si] !== v) si++;
      if (si >= limit) return undefined;
      if (node.type === 'QUOTE_SINGLE' && v === "'") width = 2;
    }
    if (vi === inner.start) start = si;
    if (width > 2 && value.codePointAt(vi)! > 0xffff) vi++;
    si += width;
  }
  return start < 0 || si > limit ? undefined : [start, si];
}

const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
/** Words, spaces, quotes, backslashes, tabs, line breaks, Chinese, an emoji, a non-breaking space. */
const CHARS = fc.constantFrom('a', 'b', 'always', ' ', '  ', "'", '"', '\\', '\t', '\n', '\n\n', '总是', '😀', '\u00a0', ':', '#', 'é');

describe('core: locate inside a scalar', () => {
  it('reads a space as \\s does, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    assert.equal(isSpace(Number.NaN), false);
  });

  it('gives the same ranges as matching each finding from the start of the value', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(CHARS, { minLength: 1, maxLength: 30 }).map((xs) => xs.join('')),
        fc.constantFrom(...STYLES),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 60, max: 200 }),
        (value, style, picks, lineWidth) => {
          const body = stringify({ kind: 'review', strengths: [{ text: value }] }, { defaultStringType: style, lineWidth, minContentWidth: 10 });
          const parsed = parse(body);
          const node = (parsed.doc.getIn(['strengths', 0, 'text'], true) ?? null) as Node | null;
          if (!isScalar(node) || typeof node.value !== 'string' || !node.value.length) return;
          const n = node.value.length;
          for (const [a, b] of picks) {
            const start = a % n;
            const end = start + 1 + (b % (n - start));
            const want = referenceSpan(parsed.text, node, { start, end });
            const got = locate(parsed, ['strengths', 0, 'text'], 'value', { start, end });
            const expected = want ? toRange(parsed.lineCounter, want[0], want[1]) : locate(parsed, ['strengths', 0, 'text']);
            assert.deepEqual(got, expected, `${JSON.stringify(body)} [${start}, ${end})`);
            compared++;
          }
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
    assert.ok(compared > 3000, `${compared} ranges compared`);
  });

  it('reads a long scalar with many flagged words once, not once a word', () => {
    // 2,000 words located in one folded answer, against the same words in 2,000 short answers.
    // Matching each word from the start of its value made the first grow with words × length
    // (750× the second here); read once per scalar, under 2×.
    const n = 2000;
    const sentence = (i: number) => `the weekly report ${i} is always late`;
    const long = parse(`kind: review\nstrengths:\n  - text: >-\n${Array.from({ length: n }, (_, i) => `      ${sentence(i)}\n`).join('')}`);
    const short = parse(`kind: review\nstrengths:\n${Array.from({ length: n }, (_, i) => `  - text: ${sentence(i)}\n`).join('')}`);
    const value = String(long.doc.getIn(['strengths', 0, 'text']));
    const words = Array.from({ length: n }, (_, i) => {
      const start = value.indexOf(`${i} is always`) + `${i} is `.length;
      return { start, end: start + 'always'.length };
    });
    const shortWords = Array.from({ length: n }, (_, i) => ({ start: sentence(i).indexOf('always'), end: sentence(i).indexOf('always') + 6 }));
    const run = {
      long: (doc = long) => words.map((inner) => locate(doc, ['strengths', 0, 'text'], 'value', inner)),
      short: (doc = short) => shortWords.map((inner, i) => locate(doc, ['strengths', i, 'text'], 'value', inner)),
    };
    // The same words at the same lines and columns, minus the folded block's indentation.
    assert.deepEqual(
      run.long().map((r) => [r.start.line - 3, r.start.character - 6, r.end.character - 6]),
      run.short().map((r) => [r.start.line - 2, r.start.character - 10, r.end.character - 10]),
    );
    const cpu = () => {
      const u = process.cpuUsage();
      return u.user + u.system;
    };
    // Interleaved, the fastest of 5 each, CPU time: a ratio measured in one run, not a time limit.
    // Each round parses again, so no round finds the scalar already read.
    const times = { long: [] as number[], short: [] as number[] };
    for (let r = 0; r < 5; r++)
      for (const k of ['long', 'short'] as const) {
        const fresh = parse(`${(k === 'long' ? long : short).text}#${r}\n`);
        const t0 = cpu();
        run[k](fresh);
        times[k].push(cpu() - t0);
      }
    const ratio = Math.min(...times.long) / Math.min(...times.short);
    assert.ok(ratio < 10, `one long answer ${Math.min(...times.long)} µs, short answers ${Math.min(...times.short)} µs: ${ratio.toFixed(2)}×`);
  });
});
