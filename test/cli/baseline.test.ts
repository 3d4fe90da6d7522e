import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { golden, goldenRun, project, transcript } from './support';

const edit = (dir: string, path: string, f: (s: string) => string) => writeFileSync(join(dir, path), f(readFileSync(join(dir, path), 'utf8')));

describe('lint --baseline (golden)', () => {
  it('records every finding, sorted, and then hides them (exit 0)', () => {
    const dir = project();
    const r = goldenRun('baseline-update', ['lint', '--baseline', 'review-baseline.json', '--update-baseline'], dir);
    assert.equal(r.code, 0);
    const text = readFileSync(join(dir, 'review-baseline.json'), 'utf8');
    golden('baseline-file', text);
    const { findings } = JSON.parse(text);
    const keys = findings.map((e: { path: string; rule: string; fingerprint: string }) => `${e.path} ${e.rule} ${e.fingerprint}`);
    assert.deepEqual(keys, [...keys].sort());
    // Writing it again from the same files gives the same bytes.
    cli(['lint', '--baseline', 'review-baseline.json', '--update-baseline'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'review-baseline.json'), 'utf8'), text);
  });

  it('keeps hiding a finding when lines are added above it; a new finding shows; a fixed one is stale', () => {
    const dir = project();
    cli(['lint', '--baseline', 'review-baseline.json', '--update-baseline'], { cwd: dir });
    edit(dir, 'reviews/held.review.yaml', (s) => `# Prepared with the team lead.\n# Second draft.\n${s}`);
    const moved = cli(['lint', '--baseline', 'review-baseline.json'], { cwd: dir });
    assert.equal(moved.code, 0, moved.stdout);
    assert.match(moved.stdout, /no problems/);

    // A new finding, and one recorded finding gone (the score now has its response).
    edit(dir, 'reviews/held.review.yaml', (s) =>
      s.replace('score: 3\n', 'score: 3\nemployee_response: { agreement: agree, comment: Fair. }\n').replace('text: "Weekly', 'text: "Always late: weekly'),
    );
    const args = ['lint', '--baseline', 'review-baseline.json'];
    const r = cli(args, { cwd: dir });
    golden('baseline-stale', transcript(args, r, dir));
    const json = JSON.parse(cli([...args, '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(Object.keys(json.summary), ['files', 'errors', 'warnings', 'infos', 'filesWithProblems', 'baseline']);
    assert.ok(json.summary.baseline.stale >= 1, JSON.stringify(json.summary));
    assert.ok(json.summary.baseline.hidden >= 1);
  });

  it('counts entries of deleted files as stale, and drops them when updated', () => {
    const dir = project();
    cli(['lint', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    rmSync(join(dir, 'reviews/typos.review.yaml'));
    const json = JSON.parse(cli(['lint', '--baseline', 'b.json', '--format', 'json'], { cwd: dir }).stdout);
    assert.equal(json.summary.baseline.stale, 3);
    cli(['lint', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    assert.doesNotMatch(readFileSync(join(dir, 'b.json'), 'utf8'), /typos/);
  });

  it('with --shard, updates only its files and counts only their entries', () => {
    const dir = project();
    cli(['lint', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    const before = readFileSync(join(dir, 'b.json'), 'utf8');
    const one = JSON.parse(cli(['lint', '--baseline', 'b.json', '--shard', '1/2', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(one.summary.baseline, { hidden: one.summary.baseline.hidden, stale: 0 });
    cli(['lint', '--baseline', 'b.json', '--update-baseline', '--shard', '2/2'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'b.json'), 'utf8'), before);
  });

  it('paths in the baseline are relative to its own folder, so it works from any folder', () => {
    const dir = project();
    cli(['lint', '--baseline', 'ci/baseline.json', '--update-baseline'], { cwd: dir });
    assert.match(readFileSync(join(dir, 'ci/baseline.json'), 'utf8'), /"path": "\.\.\/reviews\/held\.review\.yaml"/);
    const r = cli(['lint', '--baseline', '../ci/baseline.json', '.'], { cwd: join(dir, 'reviews') });
    assert.equal(r.code, 0, r.stdout);
  });
});
