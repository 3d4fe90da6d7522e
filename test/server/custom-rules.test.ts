// An organisation's own rules in the editor, over real LSP messages: a template's three house
// rules give diagnostics, complete and hover like built-in ids (with their docs link); the
// example plugin's rules run in a trusted workspace and are refused, with a reason, in an
// untrusted one.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver';
import { Session, uriOf } from './support/session';
import { positionOf } from './support/workspace';

const ROOT = resolve(__dirname, '../..');
const HOUSE = ['acme/hr-signoff', 'acme/no-culture-fit', 'acme/two-next-goals'];

describe('server: house rules and plugins', function () {
  this.timeout(60_000);
  let dir: string;
  let s: Session | undefined;
  before(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'review-yaml-house-')));
    mkdirSync(join(dir, '.git'));
    cpSync(join(ROOT, 'test/fixtures/custom-rules'), join(dir, 'rd'), { recursive: true });
    cpSync(join(ROOT, 'examples/plugin'), join(dir, 'plugin'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => s?.dispose());

  const start = (trusted: boolean) =>
    Session.start({ root: dir, initializationOptions: { trusted, debounceMs: 0 }, settings: () => ({ debounceMs: 0 }) });
  const read = (rel: string) => readFileSync(join(dir, rel), 'utf8');
  async function complete(session: Session, uri: string, text: string, needle: string): Promise<CompletionItem[]> {
    await session.open(uri, text);
    const res = await session.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, needle, 0, needle.length) });
    return Array.isArray(res) ? res : (res?.items ?? []);
  }

  it("a template's three house rules: diagnostics, completion in rules: and in comments, hover with the docs link", async () => {
    s = await start(true);
    const review = uriOf(join(dir, 'rd/reviews/fires-house-rules.review.yaml'));
    await s.open(review, read('rd/reviews/fires-house-rules.review.yaml'));
    const published = await s.diagnostics(review);
    assert.deepEqual(published.diagnostics.map((d) => d.code).filter((c) => String(c).startsWith('acme/')).sort(), HOUSE);
    const signoff = published.diagnostics.find((d) => d.code === 'acme/hr-signoff')!;
    assert.equal(signoff.codeDescription?.href, 'https://intranet.example.com/hr/appraisal-guide#hr-signoff');

    const templatePath = join(dir, 'rd/templates/rd-appraisal-2026.review.yaml');
    const template = read('rd/templates/rd-appraisal-2026.review.yaml').replace('\ncustom_rules:', '\n  acme/\ncustom_rules:');
    const items = await complete(s, uriOf(templatePath), template, '  acme/');
    for (const id of HOUSE.filter((i) => i !== 'acme/two-next-goals')) assert.ok(items.some((i) => i.label === id), `${id} is offered in rules:`);
    assert.ok(!items.some((i) => i.label === 'acme/two-next-goals'), 'an id already in rules: is not offered again');
    const culture = items.find((i) => i.label === 'acme/no-culture-fit')!;
    assert.match((culture.documentation as MarkupContent).value, /appraisal-guide#words/);

    const hovered = read('rd/templates/rd-appraisal-2026.review.yaml');
    const hover = await s.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(templatePath) }, position: positionOf(hovered, 'acme/two-next-goals: info', 0, 3) });
    assert.match((hover.contents as MarkupContent).value, /\*\*acme\/two-next-goals\*\* — Agree at least two goals/);
    await s.close(uriOf(templatePath)); // the review below reads the template from the disk again

    const text = `# review-disable acme/\n${read('rd/reviews/passes-house-rules.review.yaml')}`;
    const inComment = await complete(s, uriOf(join(dir, 'rd/reviews/new.review.yaml')), text, '# review-disable acme/');
    for (const id of HOUSE) assert.ok(inComment.some((i) => i.label === id), `${id} is offered in a comment: ${inComment.map((i) => i.label).join(' ')}`);
  });

  it('a trusted workspace runs the plugins of .reviewrc.yaml', async () => {
    s = await start(true);
    const uri = uriOf(join(dir, 'plugin/reviews/wang-2026.review.yaml'));
    await s.open(uri, read('plugin/reviews/wang-2026.review.yaml'));
    const codes = (await s.diagnostics(uri)).diagnostics.map((d) => d.code);
    assert.deepEqual(codes.filter((c) => String(c).startsWith('acme/')).sort(), ['acme/follow-up-within-90-days', 'acme/no-hype-words']);
  });

  it('an untrusted workspace loads no plugin and says why', async () => {
    s = await start(false);
    const uri = uriOf(join(dir, 'plugin/reviews/wang-2026.review.yaml'));
    await s.open(uri, read('plugin/reviews/wang-2026.review.yaml'));
    const diagnostics = (await s.diagnostics(uri)).diagnostics;
    assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('acme/')), []);
    assert.match(String(diagnostics[0]!.message), /plugins of \.reviewrc\.yaml \(\.\/index\.js\) are off: loading a plugin runs its code, and this workspace is not trusted/);
  });

  it('a plugin that cannot be loaded is named in a warning; the built-in rules still run', async () => {
    s = await start(true);
    writeFileSync(join(dir, 'plugin/.reviewrc.yaml'), 'plugins: [./index.js, ./nowhere.js]\n');
    const uri = uriOf(join(dir, 'plugin/reviews/wang-2026.review.yaml'));
    await s.open(uri, read('plugin/reviews/wang-2026.review.yaml'));
    const diagnostics = (await s.diagnostics(uri)).diagnostics;
    assert.match(String(diagnostics[0]!.message), /A plugin of \.reviewrc\.yaml was left out: plugin "\.\/nowhere\.js": not found/);
    assert.ok(diagnostics.some((d) => d.code === 'acme/no-hype-words'));
  });
});
