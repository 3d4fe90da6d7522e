import { strict as assert } from 'node:assert';
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli, workspace } from '../support/cli';
import { goldenRun, project } from './support';

describe('lint --fix and --fix-dry-run (golden)', () => {
  it('--fix-dry-run prints a unified diff per changed file and writes nothing', () => {
    const dir = project();
    const before = readFileSync(join(dir, 'reviews/typos.review.yaml'), 'utf8');
    const r = goldenRun('fix-dry-run', ['lint', '--fix-dry-run'], dir);
    assert.equal(r.code, 1, 'held.review.yaml still has errors no auto fix mends');
    assert.equal(readFileSync(join(dir, 'reviews/typos.review.yaml'), 'utf8'), before);
  });

  it('--fix writes the fixed file in place, keeps its mode and reports only what is left', () => {
    const dir = project();
    const file = join(dir, 'reviews/typos.review.yaml');
    chmodSync(file, 0o640);
    const r = goldenRun('fix', ['lint', '--fix', 'reviews/typos.review.yaml'], dir);
    assert.equal(r.code, 0);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^type: appraisal$/m);
    assert.match(text, /^strengths:$/m);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(join(dir, 'reviews')).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    // Nothing left to fix: a second run changes nothing.
    const again = JSON.parse(cli(['lint', '--fix', '--format', 'json', 'reviews/typos.review.yaml'], { cwd: dir }).stdout);
    assert.equal(again.summary.fixed, 0);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('--fix on a file with comments on every line keeps every comment and line', () => {
    const text = readFileSync(join(__dirname, '../fixtures/fix/comments-everywhere.review.yaml'), 'utf8');
    const dir = workspace({ 'c.review.yaml': text });
    const r = cli(['lint', '--fix', '--format', 'json', 'c.review.yaml'], { cwd: dir });
    assert.ok(JSON.parse(r.stdout).summary.fixed >= 4, r.stdout);
    const fixed = readFileSync(join(dir, 'c.review.yaml'), 'utf8');
    assert.notEqual(fixed, text);
    const comments = (t: string) => t.split('\n').map((l) => l.slice(l.indexOf('#'))).filter((l) => l.startsWith('#'));
    assert.deepEqual(comments(fixed), comments(text));
    assert.equal(fixed.split('\n').length, text.split('\n').length);
  });

  it('--fix with --jobs 2 fixes the same files the same way', () => {
    const a = project();
    const b = project();
    const one = cli(['lint', '--fix', '--jobs', '1'], { cwd: a });
    const two = cli(['lint', '--fix', '--jobs', '2'], { cwd: b });
    assert.equal(two.stdout, one.stdout);
    assert.equal(readFileSync(join(b, 'reviews/typos.review.yaml'), 'utf8'), readFileSync(join(a, 'reviews/typos.review.yaml'), 'utf8'));
  });
});
