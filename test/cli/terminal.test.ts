// What reaches a terminal: 200,000 findings print (the first 1,000 per file, then a count),
// and nothing a document holds can drive the terminal (escape sequences, CR, bidi controls).
import { strict as assert } from 'node:assert';
import { formatGithub } from '../../cli/formatters/github';
import { formatStylish } from '../../cli/formatters/stylish';
import { type RunReport, summarize } from '../../cli/report';
import { cli, workspace } from '../support/cli';

describe('terminal output', () => {
  it('200,000 findings in one file: stylish shows 1,000 and counts the rest; github prints them all', () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => ({
      rule: 'vague-praise',
      severity: 'warning' as const,
      message: `Vague praise ${i}`,
      range: { start: { line: i, character: 2 }, end: { line: i, character: 9 } },
    }));
    const files = [{ path: 'big.review.yaml', kind: 'review' as const, findings }];
    const report: RunReport = { files, skipped: [], summary: summarize(files) };
    const out = formatStylish(report, false).split('\n');
    assert.equal(out.filter((l) => l.includes('vague-praise')).length, 1000);
    assert.ok(out.includes('  … and 199,000 more problems in this file, not shown (--format json lists every one)') || out.some((l) => /and 199,?000 more problems in this file/.test(l)), out.slice(1000, 1004).join('\n'));
    assert.equal(formatGithub(report).split('\n').length - 1, 200_000);
  });

  it('escape sequences, CR and bidi controls from a document are shown escaped in stylish and github output', () => {
    // The type's value is quoted in the finding's message.
    const evil = 'kind: review\ntype: "app\\e[2K\\r\\e[32m✔ 0 problems\\e[0m\\u202e"\nstatus: draft\n';
    const dir = workspace({ '.git/': '', 'a.review.yaml': evil });
    for (const format of ['stylish', 'github']) {
      const r = cli(['lint', '--format', format, 'a.review.yaml'], { cwd: dir });
      assert.match(r.stdout, /0 problems/);
      // eslint-disable-next-line no-control-regex -- the test is that no raw control character gets through
      assert.doesNotMatch(r.stdout, /[\u001b\r\u202e]/, `${format}: ${JSON.stringify(r.stdout)}`);
      assert.match(r.stdout, /\\u\{202E\}/, `${format} shows the bidi control escaped: ${r.stdout}`);
    }
  });
});
