// Bounded work on huge documents: rendering places each finding by one sweep over the rendered
// elements (linear, not findings × elements), and no product code spreads an unbounded array
// into a call's arguments (which throws past some 100k items).
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/engine';
import { renderHtml } from '../../core/render';
import { renderStats } from '../../core/render/slots';

const ROOT = join(__dirname, '../..');
const strengths = (n: number) =>
  `kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Wang Fang }\nreviewer: { name: Liu Yang }\nstrengths:\n${Array.from({ length: n }, (_, k) => `  - text: Good job ${k}\n`).join('')}`;

describe('huge documents', function () {
  this.timeout(120_000);

  it('renders 40,000 list items with 40,000 findings in work linear in the document (step count)', () => {
    const run = (n: number) => {
      const text = strengths(n);
      const result = lint(text);
      renderStats.steps = 0;
      const html = renderHtml({ text, result, mode: 'standalone' });
      return { findings: result.findings.length, steps: renderStats.steps, items: html.split('class="finding ').length - 1 };
    };
    const small = run(10_000);
    const big = run(40_000);
    assert.ok(big.findings >= 40_000, `${big.findings} findings`);
    assert.equal(big.items, big.findings, 'every finding is shown once');
    // Each element is pushed and popped once and each finding looked up once: at most 3 steps each.
    assert.ok(big.steps <= 3 * (big.findings + 40_000 + 20), `${big.steps} steps`);
    const ratio = big.steps / small.steps;
    assert.ok(ratio < 4.5, `4× the items took ${ratio.toFixed(2)}× the steps (findings × elements would take 16×)`);
  });

  it('no product source spreads an array into Math.max/min, push or a call', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts'))
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/Math\.(max|min)\([^)]*\.\.\.|\.push\(\.\.\.|String\.fromCharCode\(\.\.\./.test(line)) offenders.push(`${p.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`);
            });
      }
    };
    for (const dir of ['core', 'cli', 'server', 'client']) walk(join(ROOT, dir));
    // The command line's own arguments are bounded by the system's argument limit.
    assert.deepEqual(offenders.filter((o) => !o.startsWith('cli/lint/git.ts')), []);
  });
});
