import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { golden, project, transcript } from './support';

/** The run itself failing: exit 2 and one clear line on standard error, never a stack trace. */
const CASES: { args: string[]; files?: Record<string, string>; setup?: (dir: string) => void }[] = [
  { args: ['lint', '--frobnicate'] },
  { args: ['lint', 'missing.review.yaml'] },
  { args: ['lint', 'nothing/**/*.review.yaml'] },
  { args: ['lint', '--format', 'xml'] },
  { args: ['lint', '--format', 'json', '--format', 'sarif'] },
  { args: ['lint', '--format', 'json', '-o', 'a.json', '-o', 'b.json'] },
  { args: ['lint', '--config', 'nope.yaml'] },
  { args: ['lint'], files: { '.reviewrc.yaml': 'rules: [\n' } },
  { args: ['lint'], files: { '.reviewrc.yaml': 'rulez: {}\n' } },
  { args: ['lint', '--config', 'reviews'] },
  { args: ['lint', '--config', 'dangling.yaml'], setup: (dir) => symlinkSync('gone.yaml', join(dir, 'dangling.yaml')) },
  { args: ['lint', '--rule', 'praise-mising=off'] },
  { args: ['lint', '--shard', '0/3'] },
  { args: ['lint', '--shard', '4/3'] },
  { args: ['lint', '--shard', 'half'] },
  { args: ['lint', '--jobs', '0'] },
  { args: ['lint', '--jobs', 'many'] },
  { args: ['lint', '--max-warnings', '-1'] },
  { args: ['lint', '--baseline', 'missing.json'] },
  { args: ['lint', '--baseline', 'bad.json'], files: { 'bad.json': '{"findings": 3}' } },
  { args: ['lint', '--update-baseline'] },
  { args: ['lint', '--fix', '--fix-dry-run'] },
  { args: ['lint', '--fix-dry-run', '--format', 'json'] },
  { args: ['lint', '--stdin', 'reviews'] },
  { args: ['lint', '--stdin', '--fix'] },
  { args: ['lint', '--stdin-filename', 'a.review.yaml'] },
  { args: ['lint', '--changed'] },
  { args: ['lint', '-o', 'reviews/clean.review.yaml/report.txt'] },
  { args: ['new', '-o', 'reviews/clean.review.yaml'] },
  { args: ['new', '--template', 'missing.review.yaml'] },
  { args: ['new', '--template', 'reviews/clean.review.yaml'] },
  { args: ['new', '--type', 'annual'] },
  { args: ['frob'] },
];

describe('run errors (golden): exit 2, one clear line, no stack trace', () => {
  it('every error path', function () {
    this.timeout(60_000);
    const records: string[] = [];
    for (const c of CASES) {
      const dir = project(c.files);
      c.setup?.(dir);
      const r = cli(c.args, { cwd: dir });
      records.push(transcript(c.args, r, dir));
      const where = `review-yaml ${c.args.join(' ')}`;
      assert.equal(r.code, 2, `${where}: ${r.stdout}${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${where}: ${r.stderr}`);
      assert.match(r.stderr, /^review-yaml: /, where);
      assert.doesNotMatch(r.stderr, /\n\s+at /, where);
    }
    golden('errors', records.join('\n'));
  });
});
