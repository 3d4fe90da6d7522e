import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { docsUrl } from '../../core/rule';
import { escapeData, escapeProperty } from '../../cli/formatters/github';
import { ROOT, cli } from '../support/cli';
import { golden, goldenRun, normalize, project, transcript } from './support';

/** The official SARIF 2.1.0 schema (draft-07); see test/fixtures/sarif/README.md. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const isUri = (s: string, base?: string) => {
    try {
      return !/\s/.test(s) && !!new URL(s, base);
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', (s: string) => isUri(s));
  ajv.addFormat('uri-reference', (s: string) => isUri(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('lint formats (golden)', () => {
  for (const format of ['stylish', 'json', 'github', 'junit']) {
    it(`--format ${format}`, () => {
      const r = goldenRun(`format-${format}`, ['lint', '--format', format], project());
      assert.equal(r.code, 1);
    });
  }

  it('--format sarif: results golden; one reportingDescriptor per rule; valid against the official SARIF 2.1.0 schema', () => {
    const dir = project();
    const args = ['lint', '--format', 'sarif'];
    const r = cli(args, { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.ok(validate(log as object), JSON.stringify(validate.errors?.slice(0, 3), null, 2));

    const rules = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { id: string; severity: string; description: string }[];
    const driver = log.runs[0].tool.driver;
    assert.deepEqual(driver.rules.map((d: { id: string }) => d.id), rules.map((x) => x.id));
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    for (const [i, d] of driver.rules.entries()) {
      assert.equal(d.helpUri, docsUrl(d.id));
      assert.equal(d.shortDescription.text, rules[i]!.description);
      assert.equal(d.defaultConfiguration.level, level[rules[i]!.severity]);
    }
    for (const res of log.runs[0].results) assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);

    // The golden leaves out what every new rule changes (the rule list and indices).
    driver.rules = "<every rule, checked above>";
    for (const res of log.runs[0].results) delete res.ruleIndex;
    golden('format-sarif', transcript(args, r, dir, `${JSON.stringify(log, null, 2)}\n`));
  });

  it('sarif and github locate files relative to the repository root, not the current folder', () => {
    const dir = project();
    const r = cli(['lint', '--format', 'sarif', 'held.review.yaml'], { cwd: join(dir, 'reviews') });
    const uris = new Set(JSON.parse(r.stdout).runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['reviews/held.review.yaml']);
    assert.match(cli(['lint', '--format', 'github', 'held.review.yaml'], { cwd: join(dir, 'reviews') }).stdout, /^::error file=reviews\/held\.review\.yaml,/m);
  });

  it('github escapes %, CR and LF in messages, and also , and : in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a,b: 100%\n'), 'a%2Cb%3A 100%25%0A');
    const dir = project({ 'odd, name: 100%.review.yaml': 'kind: review\n' });
    const out = cli(['lint', '--format', 'github', 'odd, name: 100%.review.yaml'], { cwd: dir }).stdout;
    assert.match(out, /^::error file=odd%2C name%3A 100%25\.review\.yaml,line=1,col=1,endLine=1,endColumn=\d+,title=schema::Missing required key/m);
  });

  it('junit escapes XML and is one testcase per file, with a failure per error', () => {
    const dir = project({ 'reviews/x&y.review.yaml': 'kind: review\nstatus: <draft>\n' });
    const out = cli(['lint', '--format', 'junit'], { cwd: dir }).stdout;
    assert.match(out, /<testcase classname="review-yaml" name="reviews\/x&amp;y\.review\.yaml"/);
    assert.doesNotMatch(out, /<draft>/);
    const held = /<testcase[^>]*name="reviews\/held\.review\.yaml"[^>]*>([\s\S]*?)<\/testcase>/.exec(out)![1]!;
    assert.equal(held.match(/<failure /g)?.length, 2);
  });

  it('several formats, each with its -o; the one left without goes to standard output', () => {
    const dir = project();
    const args = ['lint', '--format', 'sarif', '-o', 'out/report.sarif', '--format', 'junit', '-o', 'junit.xml', '--format', 'github'];
    const r = cli(args, { cwd: dir });
    golden('multi-format', transcript(args, r, dir));
    assert.ok(sarifValidator()(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'))));
    assert.match(readFileSync(join(dir, 'junit.xml'), 'utf8'), /^<\?xml/);
    // A file report is never coloured, even when standard output is.
    const forced = cli(['lint', '--format', 'stylish', '-o', 'plain.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    assert.equal(forced.stdout, '');
    assert.ok(!readFileSync(join(dir, 'plain.txt'), 'utf8').includes('\u001b['), 'no colour escape');
    assert.equal(normalize(readFileSync(join(dir, 'plain.txt'), 'utf8')), cli(['lint'], { cwd: dir }).stdout);
  });
});
