// An organisation's own rules on the command line, run as a process: a template's three house
// rules in the text, JSON and SARIF outputs and in `review-yaml rules`; a declared rule written
// wrong is a finding on the template; the example plugin loads from .reviewrc.yaml; a plugin
// that cannot be used stops the run with exit 2 and one clear line.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli, workspace } from '../support/cli';

const RD = join(ROOT, 'test/fixtures/custom-rules');
const HOUSE = ['acme/hr-signoff', 'acme/no-culture-fit', 'acme/two-next-goals'];
const template = readFileSync(join(RD, 'templates/rd-appraisal-2026.review.yaml'), 'utf8');

describe('cli: house rules (custom_rules) and plugins', () => {
  it("a template's three house rules: findings in JSON, descriptors with docs links in SARIF", () => {
    const json = cli(['lint', '--format', 'json', RD]);
    assert.equal(json.code, 1, json.stderr);
    const files = JSON.parse(json.stdout).files as { path: string; findings: { rule: string; severity: string; range: { start: { line: number } } }[] }[];
    const fires = files.find((f) => f.path.endsWith('fires-house-rules.review.yaml'))!;
    assert.deepEqual(fires.findings.map((f) => `${f.range.start.line} ${f.rule} ${f.severity}`), ['59 acme/no-culture-fit warning', '59 personality-language warning', '72 acme/two-next-goals info', '94 acme/hr-signoff error']);
    assert.deepEqual(files.find((f) => f.path.endsWith('passes-house-rules.review.yaml'))!.findings, []);

    const sarif = JSON.parse(cli(['lint', '--format', 'sarif', RD]).stdout);
    const run = sarif.runs[0];
    const descriptors = run.tool.driver.rules as { id: string; helpUri?: string; shortDescription: { text: string } }[];
    for (const id of HOUSE) assert.ok(descriptors.some((d) => d.id === id), id);
    assert.equal(descriptors.find((d) => d.id === 'acme/hr-signoff')!.helpUri, 'https://intranet.example.com/hr/appraisal-guide#hr-signoff');
    assert.equal(descriptors.find((d) => d.id === 'acme/hr-signoff')!.shortDescription.text, 'A final appraisal is signed off by the HR partner.');
    for (const r of run.results as { ruleId: string; ruleIndex: number }[]) assert.equal(descriptors[r.ruleIndex]!.id, r.ruleId);
  });

  it('speaks the house rules in Chinese with --locale zh-CN', () => {
    const out = cli(['lint', '--locale', 'zh-CN', join(RD, 'reviews/fires-house-rules.review.yaml')]).stdout;
    assert.match(out, /HR 伙伴尚未签字。/);
    assert.match(out, /“culture fit”评价的是人而不是工作。/);
  });

  it('lists them with `review-yaml rules --template`, with their links', () => {
    const out = cli(['rules', '--format', 'json', '--template', 'templates/rd-appraisal-2026.review.yaml'], { cwd: RD });
    const rows = JSON.parse(out.stdout) as { id: string; docs: string; origin?: string }[];
    assert.deepEqual(rows.filter((r) => r.origin).map((r) => r.id), HOUSE);
    assert.equal(rows.find((r) => r.id === 'acme/no-culture-fit')!.docs, 'https://intranet.example.com/hr/appraisal-guide#words');
  });

  it('a declared rule written wrong is a schema finding on the template, with "did you mean"', () => {
    const broken = template.replace('path: signoffs[role=hr].name', 'path: signofs[role=hr].name').replace('check: min_items\n    min: 2', 'check: min_item');
    const dir = workspace({ '.git/': '', 'templates/t.review.yaml': broken });
    const r = cli(['lint', join(dir, 'templates/t.review.yaml')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /The path "signofs\[role=hr\]\.name" names "signofs", which a review does not have there\. Did you mean "signoffs"\?\s+schema/);
    assert.match(r.stdout, /"min_item".*Did you mean "min_items"\?/);
  });

  it('a custom rule declared in .reviewrc.yaml applies to every review below it; one written wrong stops the run', () => {
    const rc = `custom_rules:\n  - id: acme/location-named\n    path: meeting.location\n    check: non_empty\n    message: { en: "Name the room.", zh-CN: "请写明会议室。" }\n`;
    const review = 'kind: review\ntype: plan\nstatus: draft\nemployee: { name: A }\nreviewer: { name: B }\nmeeting: { at: 2026-12-15T14:30 }\n';
    const dir = workspace({ '.git/': '', '.reviewrc.yaml': rc, 'a.review.yaml': review });
    assert.match(cli(['lint', dir]).stdout, /6:1  warning  Name the room\.  acme\/location-named/);
    const bad = workspace({ '.git/': '', '.reviewrc.yaml': rc.replace('meeting.location', 'meting.location'), 'a.review.yaml': review });
    const r = cli(['lint', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.reviewrc\.yaml: custom_rules\[0\]\.path: The path "meting\.location" names "meting".*Did you mean "meeting"\?/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });

  it('loads the example plugin from .reviewrc.yaml; its fix applies with --fix-dry-run', () => {
    const r = cli(['lint', '--format', 'json', 'examples/plugin']);
    const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    assert.deepEqual(rules, ['acme/no-hype-words', 'acme/follow-up-within-90-days']);
    assert.match(cli(['lint', '--fix-dry-run', 'examples/plugin']).stdout, /\+  - text: A real strong contributor during the May outage/);
  });

  it('--rule takes the ids of house rules and plugin rules, and names the nearest for a typo', () => {
    const review = join(RD, 'reviews/fires-house-rules.review.yaml');
    const rules = (args: string[]) => JSON.parse(cli(['lint', '--format', 'json', ...args]).stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`);
    assert.deepEqual(rules(['--rule', 'acme/no-culture-fit=off', '--rule', 'acme/two-next-goals=error', review]), ['personality-language warning', 'acme/two-next-goals error', 'acme/hr-signoff error']);
    assert.deepEqual(rules(['--rule', 'acme/no-hype-words=off', 'examples/plugin']), ['acme/follow-up-within-90-days warning']);
    const typo = cli(['lint', '--rule', 'acme/two-next-goal=off', review]);
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Unknown rule "acme\/two-next-goal" in --rule\. Did you mean "acme\/two-next-goals"\?/);
    assert.equal(typo.stdout, '', 'no report for a run with a wrong --rule');
    const none = cli(['lint', '--rule', 'acme/nowhere=off', 'examples/plugin']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Unknown rule "acme\/nowhere" in --rule/);
  });

  it('--cache lints again when a plugin\'s code changes, also a module the plugin requires', () => {
    const rule = (word: string) =>
      `module.exports = { word: ${JSON.stringify(word)} };\n`;
    const dir = workspace({
      '.git/': '',
      '.reviewrc.yaml': 'plugins: [./house.js]\n',
      'words.js': rule('synergy'),
      'house.js': [
        "const { word } = require('./words.js');",
        'module.exports = { rules: [{ id: "acme/banned-word", meta: { description: { en: "No banned word" }, defaultSeverity: "warning", from: "draft", fix: "none", tags: [] },',
        '  *check({ review }) { for (const [i, s] of (review.strengths ?? []).entries()) if (String(s?.text).includes(word)) yield { path: ["strengths", i, "text"], message: `Say what happened instead of "${word}".` }; } }] };',
        '',
      ].join('\n'),
      'a.review.yaml': 'kind: review\ntype: coaching\nstatus: draft\nemployee: { name: A }\nreviewer: { name: B }\nstrengths:\n  - text: Great synergy and leverage in the Q3 launch\n    evidence: Launch notes, 30 Sep\n',
    });
    const run = () => cli(['lint', '--cache', '--format', 'json', 'a.review.yaml'], { cwd: dir });
    const messages = () => JSON.parse(run().stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'acme/banned-word').map((f: { message: string }) => f.message);
    assert.deepEqual(messages(), ['Say what happened instead of "synergy".']);
    writeFileSync(join(dir, 'words.js'), rule('leverage'));
    assert.deepEqual(messages(), ['Say what happened instead of "leverage".'], 'the module the plugin requires changed');
    writeFileSync(join(dir, 'house.js'), readFileSync(join(dir, 'house.js'), 'utf8').replace('instead of', 'rather than'));
    assert.deepEqual(messages(), ['Say what happened rather than "leverage".'], 'the plugin changed');
    assert.deepEqual(messages(), ['Say what happened rather than "leverage".'], 'unchanged: the same');
  });

  it('a plugin that cannot be used stops the run with exit 2 and says why', () => {
    const missing = workspace({ '.git/': '', '.reviewrc.yaml': 'plugins: [review-yaml-plugin-nowhere]\n', 'a.review.yaml': 'kind: review\n' });
    const r = cli(['lint', missing]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /plugin "review-yaml-plugin-nowhere": not found from .*\.reviewrc\.yaml \(install it, or give a path/);
    const bad = workspace({
      '.git/': '',
      '.reviewrc.yaml': 'plugins: [./house.js]\n',
      'house.js': 'module.exports = { rules: [{ id: "mentoring-rated", meta: {}, check() {} }] };\n',
      'a.review.yaml': 'kind: review\n',
    });
    const b = cli(['lint', bad]);
    assert.equal(b.code, 2);
    assert.match(b.stderr, /plugin "\.\/house\.js": rule "mentoring-rated": "id" must be namespaced like "acme\/mentoring-rated"/);
    assert.doesNotMatch(b.stderr, /\n\s+at /, 'no stack trace');
  });
});
