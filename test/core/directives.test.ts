// core/directives.ts: what `# review-disable…` comments silence, looked up by line and rule instead
// of scanned. The look-up is checked against the plain scan it replaced (the reference below) on
// random directives and texts, and a file with thousands of directives is checked to lint in time
// proportional to its length.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { type Directive, isSilenced, parseDirectives } from '../../core/directives';
import { lint } from '../../core/engine';
import { parse } from '../../core/parse';

const SEED = Number(process.env.FC_SEED ?? 20_261_207);

/** The scan the index replaced: every directive, for every finding. */
function scanSilenced(directives: Directive[], rule: string, line: number): boolean {
  let off = false;
  for (const d of directives) {
    if (d.ids.length !== 0 && !d.ids.includes(rule)) continue;
    if (d.kind === 'disable-next-line') {
      if (d.target === line) return true;
    } else if (d.line <= line) off = d.kind === 'disable';
  }
  return off;
}

/** The next line that is neither blank nor only a comment, by splitting the rest of the text. */
function scanNextCodeLine(text: string, line: number): number {
  const lines = text.split('\n');
  for (let i = line + 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t && !t.startsWith('#')) return i;
  }
  return line + 1;
}

const RULES = ['a', 'b', 'c'];

describe('directives (core/directives.ts)', () => {
  it('silences what the scan over every directive silenced, for directives in any order', () => {
    const directive = fc.record({
      kind: fc.constantFrom<Directive['kind']>('disable', 'enable', 'disable-next-line'),
      ids: fc.subarray(RULES),
      line: fc.nat(20),
      target: fc.nat(22),
    });
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), (raw) => {
        const ds: Directive[] = raw.map((d, i) => ({ ...d, idOffsets: d.ids.map(() => 0), offset: i }));
        for (const rule of [...RULES, 'z'])
          for (let line = 0; line < 24; line++) assert.equal(isSilenced(ds, rule, line), scanSilenced(ds, rule, line), `${rule}@${line} ${JSON.stringify(raw)}`);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('finds the line a disable-next-line applies to as the scan of the rest of the text did', () => {
    const line = fc.constantFrom('a: 1', '  b: 2', '', '   ', '# note', '  # review-disable-next-line a', '# review-disable-next-line', '- x # y', '  - c: "#"');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const parsed = parse(text);
        for (const d of parseDirectives(parsed))
          if (d.kind === 'disable-next-line') assert.equal(d.target, scanNextCodeLine(text, d.line), JSON.stringify(text));
      }),
      { seed: SEED + 1, numRuns: 2000 },
    );
  });

  it('lints a review with 5,000 disable comments in time proportional to its length', () => {
    // The same review twice, 5,000 strengths long: once with a `review-disable-next-line` comment
    // over each strength (every finding silenced), once with an ordinary comment of the same
    // length there. Each directive once sliced and split the rest of the text, and each finding
    // scanned every directive: then the first took 26× as long as the second.
    const head = 'kind: review\ntype: appraisal\nstatus: draft\nemployee: { name: Ana Ruiz }\nstrengths:\n';
    const item = (i: number, comment: string) => `  ${comment}\n  - text: Ana is lazy about the weekly report ${i}\n    evidence: Three reports in March\n`;
    const n = 5000;
    const directive = '# review-disable-next-line personality-language';
    const note = '# a note about the next strength'.padEnd(directive.length, '.');
    const silenced = head + Array.from({ length: n }, (_, i) => item(i, directive)).join('');
    const plain = head + Array.from({ length: n }, (_, i) => item(i, note)).join('');
    assert.equal(silenced.length, plain.length);
    const findings = (text: string) => lint(text, { path: 'a.review.yaml' }).findings.filter((f) => f.rule === 'personality-language').length;
    assert.equal(findings(silenced), 0);
    assert.equal(findings(plain), n);
    // Interleaved, the fastest of 5 each: a ratio measured in one run, not a time limit.
    const times = { silenced: [] as number[], plain: [] as number[] };
    for (let r = 0; r < 5; r++)
      for (const [k, text] of [['silenced', silenced], ['plain', plain]] as const) {
        const t0 = performance.now();
        lint(text, { path: 'a.review.yaml' });
        times[k].push(performance.now() - t0);
      }
    const ratio = Math.min(...times.silenced) / Math.min(...times.plain);
    assert.ok(ratio < 2.5, `with directives ${Math.min(...times.silenced).toFixed(0)} ms, without ${Math.min(...times.plain).toFixed(0)} ms: ${ratio.toFixed(2)}×`);
  });
});
