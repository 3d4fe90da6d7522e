import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { goldenRun, project } from './support';

function gitProject(): string {
  const dir = project();
  rmSync(join(dir, '.git'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'reviews');
  return dir;
}

describe('lint --stdin and --changed (golden)', () => {
  it('--stdin --stdin-filename lints standard input as that file: its template and config resolve from there', () => {
    const dir = project({ 'reviews/.reviewrc.yaml': 'rules: { score-without-rationale: error }\n' });
    const input = readFileSync(join(dir, 'reviews/held.review.yaml'), 'utf8');
    const r = goldenRun('stdin', ['lint', '--stdin', '--stdin-filename', 'reviews/draft.review.yaml'], dir, { input });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /competency-not-rated/, 'the template was found relative to the name');
    assert.match(r.stdout, /error\s+Score 3 has no rationale/, 'the config next to the name applied');
  });

  it('--stdin without a name lints as <stdin>, and skips text that is not ours', () => {
    const dir = project();
    const r = cli(['lint', '--stdin', '--format', 'json'], { cwd: dir, input: 'kind: review\n' });
    assert.equal(JSON.parse(r.stdout).files[0].path, '<stdin>');
    const skipped = JSON.parse(cli(['lint', '--stdin', '--format', 'json'], { cwd: dir, input: 'mrsf_version: "1"\n' }).stdout);
    assert.deepEqual(skipped.skipped, ['<stdin>']);
  });

  it('--changed lints the files changed against HEAD and the untracked ones', () => {
    const dir = gitProject();
    writeFileSync(join(dir, 'reviews/held.review.yaml'), readFileSync(join(dir, 'reviews/held.review.yaml'), 'utf8').replace('score: 3', 'score: 4'));
    writeFileSync(join(dir, 'reviews/new.review.yaml'), 'kind: review\n');
    writeFileSync(join(dir, '.gitignore'), 'ignored/\n');
    writeFileSync(join(dir, 'reviews/ignored.review.yaml'), 'kind: review\n');
    writeFileSync(join(dir, '.git/info/exclude'), 'reviews/ignored.review.yaml\n');
    goldenRun('changed', ['lint', '--changed'], dir);
    const paths = JSON.parse(cli(['lint', '--changed', '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, ['reviews/held.review.yaml', 'reviews/new.review.yaml']);
  });

  it('--changed also lints what a changed template or .reviewrc.yaml affects', () => {
    const dir = gitProject();
    const json = () => JSON.parse(cli(['lint', '--changed', '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    const template = join(dir, 'templates/basic.review.yaml');
    assert.deepEqual(json(), []);
    // held.review.yaml names the template; clean and typos do not.
    writeFileSync(template, `${readFileSync(template, 'utf8')}# edited\n`);
    assert.deepEqual(json(), ['reviews/held.review.yaml', 'templates/basic.review.yaml']);
    git('checkout', '-q', '--', 'templates');
    // A new .reviewrc.yaml in reviews/ applies to every file under it, and to nothing else.
    writeFileSync(join(dir, 'reviews/.reviewrc.yaml'), 'rules: { score-without-rationale: error }\n');
    assert.deepEqual(json(), ['reviews/clean.review.yaml', 'reviews/held.review.yaml', 'reviews/typos.review.yaml']);
    rmSync(join(dir, 'reviews/.reviewrc.yaml'));
    // A deleted template: the review that named it is linted, and says so.
    rmSync(template);
    const r = JSON.parse(cli(['lint', '--changed', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(r.files.map((f: { path: string }) => f.path), ['reviews/held.review.yaml']);
    assert.ok(r.files[0].findings.some((f: { rule: string }) => f.rule === 'template-unresolved'), JSON.stringify(r.files[0].findings));
    // --config FILE: a change to it affects every file.
    git('checkout', '-q', '--', 'templates');
    writeFileSync(join(dir, 'team.yaml'), 'rules: {}\n');
    const all = JSON.parse(cli(['lint', '--changed', '--config', 'team.yaml', '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(all, ['reviews/clean.review.yaml', 'reviews/held.review.yaml', 'reviews/typos.review.yaml', 'templates/basic.review.yaml']);
  });

  it('--changed REF compares with that commit; the word after it is a path when it names a file', () => {
    const dir = gitProject();
    const json = (args: string[]) => JSON.parse(cli([...args, '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(json(['lint', '--changed', 'HEAD']), []);
    writeFileSync(join(dir, 'reviews/clean.review.yaml'), `${readFileSync(join(dir, 'reviews/clean.review.yaml'), 'utf8')}# edited\n`);
    assert.deepEqual(json(['lint', '--changed', 'reviews']), ['reviews/clean.review.yaml']);
    assert.deepEqual(json(['lint', '--changed=HEAD', 'templates']), []);
    const bad = cli(['lint', '--changed=no-such-ref'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"no-such-ref" is not a commit/);
  });
});
