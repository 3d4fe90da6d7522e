import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, ROOT, cli, workspace } from '../support/cli';

describe('review-yaml lint (the built CLI as a process)', () => {
  it('lints the examples: the failed interview has errors, the good one none (exit 1)', () => {
    const r = cli(['lint', 'examples', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    const bad = out.files.find((f: { path: string }) => f.path === 'examples/reviews/zhang-2026-as-held.review.yaml');
    const good = out.files.find((f: { path: string }) => f.path === 'examples/reviews/zhang-2026.review.yaml');
    const template = out.files.find((f: { path: string }) => f.path === 'examples/templates/annual-2026.review.yaml');
    assert.equal(template.kind, 'template');
    const rules = new Set(bad.findings.map((f: { rule: string }) => f.rule));
    for (const id of ['praise-missing', 'improvement-plan-missing', 'score-without-response']) assert.ok(rules.has(id), `${id} not reported`);
    assert.deepEqual(good.findings.filter((f: { severity: string }) => f.severity !== 'info'), []);
    assert.deepEqual(Object.keys(out.summary), ['files', 'errors', 'warnings', 'infos', 'filesWithProblems']);
    // The failed interview, the same done right, four real forms with their templates, and the plugin example's review.
    assert.equal(out.summary.files, 12);
    // The plugin example's review shows its two house rules at work, and nothing else.
    const plugin = out.files.find((f: { path: string }) => f.path === 'examples/plugin/reviews/wang-2026.review.yaml');
    assert.deepEqual(plugin.findings.map((f: { rule: string }) => f.rule).sort(), ['acme/follow-up-within-90-days', 'acme/no-hype-words']);
    // Every other file is clean: the examples' other findings are all the failed interview's.
    const others = out.files.filter((f: { path: string; findings: unknown[] }) => f.path !== bad.path && f.path !== plugin.path && f.findings.length);
    assert.deepEqual(others.map((f: { path: string }) => f.path), []);
  });

  it('prints findings in the JSON contract: 1-based positions, fix only when offered', () => {
    const dir = workspace({ 'a.review.yaml': 'kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: A }\nreviewer: { name: B }\n' });
    const out = JSON.parse(cli(['lint', '--format', 'json'], { cwd: dir }).stdout);
    const f = out.files[0].findings.find((x: { rule: string }) => x.rule === 'praise-missing');
    assert.deepEqual(f.range, { start: { line: 1, column: 1 }, end: { line: 1, column: 13 } });
    assert.equal(f.severity, 'warning');
    assert.equal(out.files[0].path, 'a.review.yaml');
  });

  it('exits 0 on a clean file and says so', () => {
    const dir = workspace({ 'ok.review.yaml': MINIMAL });
    const r = cli(['lint'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 file linted, no problems/);
  });

  it('stylish shows file, line:col, severity, message and rule id', () => {
    const dir = workspace({ 'x.review.yaml': MINIMAL.replace('status: draft', 'status: held') + 'score: 3\n' });
    const r = cli(['lint', 'x.review.yaml', '--quiet'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^x\.review\.yaml$/m);
    assert.match(r.stdout, /10:8\s+error\s+A score was given.*score-without-response/);
    assert.match(r.stdout, /1 problem \(1 error, 0 warnings, 0 infos\)/);
  });

  it('skips files that are not ours and lists them, without failing', () => {
    const dir = workspace({ 'notes.md.review.yaml': 'mrsf_version: "1.0"\ncomments: []\n', 'ok.review.yaml': MINIMAL });
    const r = cli(['lint', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.skipped, ['notes.md.review.yaml']);
    assert.equal(out.summary.files, 1);
  });

  it('skips Kubernetes and multi-document files named like reviews, with no finding and exit 0', () => {
    const dir = workspace({
      'app.review.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: review-app\n',
      'env.review.yaml': 'kind: ConfigMap\ndata: {}\n---\nkind: Service\nspec: {}\n',
      'ok.review.yaml': MINIMAL,
    });
    const r = cli(['lint', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.skipped.sort(), ['app.review.yaml', 'env.review.yaml']);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['ok.review.yaml']);
  });

  it('reports broken YAML as a yaml-syntax finding, not a crash', () => {
    const dir = workspace({ 'b.review.yaml': 'kind: review\nstrengths: [\n' });
    const r = cli(['lint', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    // The other rules run on the recovered document too: the syntax error is among the findings.
    assert.ok(JSON.parse(r.stdout).files[0].findings.some((f: { rule: string }) => f.rule === 'yaml-syntax'));
    assert.equal(r.stderr, '');
  });

  it('reports a FIFO named like a review as unreadable instead of hanging on it', () => {
    const dir = workspace({ 'ok.review.yaml': MINIMAL });
    execFileSync('mkfifo', [join(dir, 'pipe.review.yaml')]);
    assert.equal(cli(['lint'], { cwd: dir }).code, 0, 'a folder walk passes over the FIFO');
    const r = cli(['lint', '--format', 'json', 'pipe.review.yaml'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const pipe = JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === 'pipe.review.yaml');
    assert.equal(pipe.findings[0].rule, 'yaml-syntax');
    assert.match(pipe.findings[0].message, /cannot be read/);
  });

  it('uses the nearest .reviewrc.yaml and honours its ignore globs', () => {
    const dir = workspace({
      '.git/': '',
      '.reviewrc.yaml': 'rules: { praise-missing: error }\nignore: ["drafts/**"]\n',
      'team/.reviewrc.yaml': 'rules: { praise-missing: off }\n',
      'a.review.yaml': MINIMAL.replace(/strengths:[\s\S]*$/, ''),
      'team/b.review.yaml': MINIMAL.replace(/strengths:[\s\S]*$/, ''),
      'drafts/c.review.yaml': 'kind: review\n',
    });
    const out = JSON.parse(cli(['lint', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['a.review.yaml', 'team/b.review.yaml']);
    assert.equal(out.files[0].findings[0].severity, 'error');
    assert.deepEqual(out.files[1].findings, []);
  });

  it("outside a repository, a file outside the current folder may not use templates beside it (even in a folder named like it)", () => {
    const tpl = 'kind: template\nname: T\ntype: appraisal\n';
    const dir = workspace({ 'main/t.review.yaml': tpl, 'main2/r.review.yaml': `${MINIMAL}template: ../main/t.review.yaml\n` });
    const out = JSON.parse(cli(['lint', '--format', 'json', '../main2/r.review.yaml'], { cwd: join(dir, 'main') }).stdout);
    assert.deepEqual(out.files[0].findings.map((f: { rule: string }) => f.rule), ['template-unresolved']);
  });

  it('honours .gitignore and --ignore for found files', () => {
    const dir = workspace({
      '.git/': '',
      '.gitignore': 'build/\n',
      'build/a.review.yaml': 'kind: review\n',
      'old/b.review.yaml': 'kind: review\n',
      'ok.review.yaml': MINIMAL,
    });
    const out = JSON.parse(cli(['lint', '--format', 'json', '--ignore', 'old/**'], { cwd: dir }).stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['ok.review.yaml']);
  });

  it('--rule overrides configuration, --quiet keeps errors only, --max-warnings sets the bar', () => {
    const dir = workspace({ 'a.review.yaml': MINIMAL.replace(/strengths:[\s\S]*$/, '') });
    assert.equal(cli(['lint'], { cwd: dir }).code, 0);
    assert.equal(cli(['lint', '--max-warnings', '0'], { cwd: dir }).code, 1);
    assert.equal(cli(['lint', '--rule', 'praise-missing=error'], { cwd: dir }).code, 1);
    const quiet = JSON.parse(cli(['lint', '--quiet', '--format', 'json'], { cwd: dir }).stdout);
    assert.equal(quiet.summary.warnings, 0);
  });

  it('writes the report to a file with -o', () => {
    const dir = workspace({ 'ok.review.yaml': MINIMAL });
    const r = cli(['lint', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.ok(existsSync(`${dir}/report.json`));
  });

  describe('run errors: one clear line on stderr, exit 2, no stack trace', () => {
    const cases: [string, string[], Record<string, string>, RegExp][] = [
      ['a literal path that does not exist', ['lint', 'missing.review.yaml'], {}, /No such file or folder: missing\.review\.yaml/],
      ['a glob that matches nothing', ['lint', 'nothing/**/*.review.yaml'], {}, /No files match the pattern/],
      ['an unknown option', ['lint', '--frobnicate'], {}, /Unknown option --frobnicate for review-yaml lint\. Run `review-yaml lint --help`/],
      ['an unknown format', ['lint', '--format', 'xml'], {}, /Unknown format "xml"/],
      ['an unknown rule id, with a suggestion', ['lint', '--rule', 'praise-mising=off'], {}, /Did you mean "praise-missing"/],
      ['a bad severity', ['lint', '--rule', 'praise-missing=loud'], {}, /use error, warning, info or off/],
      ['a config that is not YAML', ['lint'], { '.reviewrc.yaml': 'rules: [\n' }, /\.reviewrc\.yaml:\d+:\d+: A \[ … \] or \{ … \} list is not closed/],
      ['a config with a bad key', ['lint'], { '.reviewrc.yaml': 'rulez: {}\n' }, /Unknown key "rulez"\. Did you mean "rules"\?/],
      ['a missing --config file', ['lint', '--config', 'nope.yaml'], {}, /Cannot read config/],
      ['an unknown command', ['frob'], {}, /Unknown command "frob"/],
      ['a command named like an Object method', ['toString'], {}, /Unknown command "toString"/],
    ];
    for (const [name, args, files, pattern] of cases) {
      it(name, () => {
        const dir = workspace({ 'ok.review.yaml': MINIMAL, '.git/': '', ...files });
        const r = cli(args, { cwd: dir });
        assert.equal(r.code, 2, r.stdout);
        assert.match(r.stderr, pattern);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      });
    }
  });
});

describe('review-yaml rules and schema', () => {
  it('lists every rule with severity, from, fix and its docs page', () => {
    const rows = JSON.parse(cli(['rules', '--format', 'json']).stdout);
    const praise = rows.find((r: { id: string }) => r.id === 'praise-missing');
    assert.deepEqual(
      { severity: praise.severity, from: praise.from, fix: praise.fix },
      { severity: 'warning', from: 'draft', fix: 'stub' },
    );
    assert.match(praise.docs, /docs\/rules\/praise-missing\.md$/);
  });

  it('prints each JSON Schema', () => {
    for (const name of ['review', 'template', 'config']) {
      const r = cli(['schema', name]);
      assert.equal(r.code, 0);
      assert.equal(JSON.parse(r.stdout).title, `Review YAML ${name}`);
    }
    assert.equal(cli(['schema', 'nope']).code, 2);
  });

  it("runs as the README's quick start runs it: npx review-yaml", () => {
    const r = spawnSync('npx', ['--no-install', 'review-yaml', '--version'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('prints its version and help', () => {
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(cli(['--help']).stdout, /review-yaml lint/);
    assert.match(cli(['lint', '--help']).stdout, /--max-warnings/);
  });
});
