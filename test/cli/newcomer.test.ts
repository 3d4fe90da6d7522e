import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL, cli, workspace } from '../support/cli';

/**
 * What a person meets in their first runs: a typo in a path never passes as clean, a file that is
 * not ours is named as not linted in every format, every command answers --help, an option typo
 * gets the nearest option, `new -o` says what it wrote, and counts read as words.
 */
const NOT_OURS = 'title: Meeting notes\nbody: not a review\n';
const ALL_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'];

describe('the CLI never passes green on nothing', () => {
  it('a literal path that does not exist: exit 2, one line', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL });
    const r = cli(['lint', 'reveiws/'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'review-yaml: No such file or folder: reveiws/\n');
  });

  it('a glob that matches nothing: exit 2, one line', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL });
    const r = cli(['lint', 'reviews/**/*.review.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'review-yaml: No files match the pattern "reviews/**/*.review.yaml".\n');
  });

  it('a glob whose every match is ignored: exit 2', () => {
    const dir = workspace({ '.git/': '', 'drafts/a.review.yaml': MINIMAL, '.gitignore': 'drafts/\n' });
    const r = cli(['lint', 'drafts/*.review.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^review-yaml: All files matched by "drafts\/\*\.review\.yaml" are ignored/);
    assert.equal(r.stderr.split('\n').length, 2);
  });

  it('a folder with no reviews: exit 2 and says so; --no-error-on-unmatched lets it pass', () => {
    const dir = workspace({ '.git/': '', 'docs/readme.md': '# notes\n' });
    const r = cli(['lint', 'docs'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^review-yaml: No reviews \(\*\.review\.yaml or \*\.review\.yml\) in docs\. .*--no-error-on-unmatched/);
    assert.equal(r.stderr.split('\n').length, 2);
    const pass = cli(['lint', 'docs', '--no-error-on-unmatched'], { cwd: dir });
    assert.equal(pass.code, 0, pass.stderr);
    assert.match(pass.stdout, /0 files linted, no problems/);
  });

  it('the current folder with no reviews (no arguments): exit 2', () => {
    const dir = workspace({ '.git/': '', 'notes.txt': 'x\n' });
    const r = cli(['lint'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No reviews .* in \./);
  });

  it('only files that are not ours: every format names them, and the run exits 2', () => {
    const dir = workspace({ '.git/': '', 'notes.review.yaml': NOT_OURS });
    for (const format of ALL_FORMATS) {
      const r = cli(['lint', 'notes.review.yaml', '--format', format], { cwd: dir });
      assert.equal(r.code, 2, format);
      assert.match(r.stderr, /Nothing was linted: notes\.review\.yaml is not a review or template/, format);
      assert.match(r.stdout, /notes\.review\.yaml/, `${format} does not name the file`);
    }
    assert.equal(cli(['lint', 'notes.review.yaml', '--no-error-on-unmatched'], { cwd: dir }).code, 0);
  });

  it('a named file that is not ours beside a review: linted files pass, the other is reported in every format', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL, 'notes.review.yaml': NOT_OURS });
    const out = (format: string) => {
      const r = cli(['lint', 'a.review.yaml', 'notes.review.yaml', '--format', format], { cwd: dir });
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      return r.stdout;
    };
    assert.match(out('stylish'), /⚠ notes\.review\.yaml was not linted: it is not a review or template/);
    assert.deepEqual(JSON.parse(out('json')).skipped, ['notes.review.yaml']);
    const sarif = JSON.parse(out('sarif'));
    const note = sarif.runs[0].invocations[0].toolExecutionNotifications[0];
    assert.equal(note.level, 'warning');
    assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'notes.review.yaml');
    assert.match(out('github'), /^::warning file=notes\.review\.yaml,title=not-linted::notes\.review\.yaml was not linted/m);
    assert.match(out('junit'), /<testcase classname="review-yaml" name="notes\.review\.yaml"[^>]*>\s*<skipped message="notes\.review\.yaml was not linted/);
  });

  it('*.review.yml files are found in folders like *.review.yaml', () => {
    const dir = workspace({ '.git/': '', 'reviews/zhang.review.yml': MINIMAL.replace('strengths:', 'strengths: []\nx:'), 'reviews/liu.review.yaml': MINIMAL });
    const r = cli(['lint', 'reviews', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['reviews/liu.review.yaml', 'reviews/zhang.review.yml']);
  });

  it('the summary counts files with problems apart from files linted (stylish and JSON)', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL, 'b.review.yaml': MINIMAL, 'c.review.yaml': MINIMAL.replace(/strengths:[\s\S]*$/, '') });
    const r = cli(['lint', '.'], { cwd: dir });
    assert.match(r.stdout, /⚠ 1 problem \(0 errors, 1 warning, 0 infos\) in 1 of 3 files linted\n/);
    const json = JSON.parse(cli(['lint', '.', '--format', 'json'], { cwd: dir }).stdout);
    assert.deepEqual(json.summary, { files: 3, errors: 0, warnings: 1, infos: 0, filesWithProblems: 1 });
    const zh = cli(['lint', '.', '--locale', 'zh-CN'], { cwd: dir });
    assert.match(zh.stdout, /共 1 个问题（0 个错误，1 个警告，0 个提示），分布在已检查的 3 个文件中的 1 个/);
  });
});

describe('the CLI speaks to people', () => {
  for (const command of ['lint', 'new', 'render', 'rules', 'schema'])
    it(`${command} --help: usage on standard output, exit 0`, () => {
      const r = cli([command, '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^Usage: review-yaml ${command}`));
      assert.equal(r.stderr, '');
    });

  it('a mistyped option gets the nearest one, in every command', () => {
    const cases: [string[], string][] = [
      [['lint', '--formt', 'json'], 'review-yaml: Unknown option --formt for review-yaml lint. Did you mean --format?\n'],
      [['new', '--templat', 'x'], 'review-yaml: Unknown option --templat for review-yaml new. Did you mean --template?\n'],
      [['rules', '--fromat', 'json'], 'review-yaml: Unknown option --fromat for review-yaml rules. Did you mean --format?\n'],
      [['render', 'a.review.yaml', '--ouptut', 'a.html'], 'review-yaml render: Unknown option --ouptut for review-yaml render. Did you mean --output?\n'],
      [['schema', '--locle', 'zh-CN'], 'review-yaml: Unknown option --locle for review-yaml schema. Did you mean --locale?\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr, stderr);
    }
  });

  it('an option nothing is near: one line pointing at the help', () => {
    const r = cli(['lint', '--zzzzzz']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'review-yaml: Unknown option --zzzzzz for review-yaml lint. Run `review-yaml lint --help` for its options.\n');
  });

  it('schema with a wrong name says it once, with the names', () => {
    const r = cli(['schema', 'reviews']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'review-yaml: There is no schema "reviews": use one of review, template, config.\n');
  });

  it('new -o FILE says what it wrote and what to do next', () => {
    const dir = workspace({ '.git/': '' });
    const r = cli(['new', '-o', 'zhang.review.yaml'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'Wrote zhang.review.yaml: a draft appraisal review. Fill in the placeholders, then run `review-yaml lint zhang.review.yaml`.\n');
    assert.ok(existsSync(join(dir, 'zhang.review.yaml')));
    assert.match(readFileSync(join(dir, 'zhang.review.yaml'), 'utf8'), /^kind: review$/m);
  });

  it('counts are real plurals in English and Chinese, never "(s)"', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': MINIMAL.replace(/strengths:[\s\S]*$/, '') });
    const en = cli(['lint', '.'], { cwd: dir });
    assert.match(en.stdout, /1 problem \(0 errors, 1 warning, 0 infos\) in 1 file\n/);
    const zh = cli(['lint', '.', '--locale', 'zh-CN'], { cwd: dir });
    assert.match(zh.stdout, /共 1 个问题（0 个错误，1 个警告，0 个提示），检查了 1 个文件/);
    for (const out of [en.stdout, zh.stdout, cli(['render', 'a.review.yaml'], { cwd: dir }).stdout]) assert.doesNotMatch(out, /\(s\)/);
  });

  it('a mis-indented line is explained in plain words, a value left empty names its choices', () => {
    const dir = workspace({ '.git/': '', 'a.review.yaml': 'kind: review\nmeeting:\n  setting:\n  at: 2026-12-15T10:30\n   minutes: 45\n', 'b.review.yaml': `${MINIMAL}meeting:\n  setting:\n` });
    const a = cli(['lint', 'a.review.yaml'], { cwd: dir });
    assert.match(a.stdout, /4:7 +error +The next line is indented further than this one, so YAML cannot tell where it belongs/);
    assert.doesNotMatch(a.stdout, /compact mappings/);
    const b = cli(['lint', 'b.review.yaml'], { cwd: dir });
    assert.match(b.stdout, /meeting\.setting is empty; choose one of: private-room, video-call, open-office, other\./);
    assert.doesNotMatch(b.stdout, /null/);
  });

  it('the record names its template by its name, and a template page asks for "Materials to prepare"', () => {
    const review = cli(['render', 'examples/reviews/zhang-2026.review.yaml']);
    assert.equal(review.code, 0, review.stderr);
    assert.match(review.stdout, /Annual appraisal 2026 <span class="muted">\(\.\.\/templates\/annual-2026\.review\.yaml\)<\/span>/);
    const template = cli(['render', 'examples/templates/annual-2026.review.yaml']);
    assert.match(template.stdout, />Materials to prepare</);
    assert.doesNotMatch(template.stdout, />Materials prepared</);
  });
});
