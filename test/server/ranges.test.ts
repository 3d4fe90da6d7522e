/**
 * A finding points at the words: over real LSP messages, every scalar style puts the range of a
 * word-list or pattern finding on the matched text itself, not on the start of the field. And a
 * file of another tool named *.review.yaml gets no diagnostics at all.
 */
import { strict as assert } from 'node:assert';
import { t } from '../../core/i18n';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

const HEAD = 'kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Zhang Wei }\nreviewer: { name: Liu Yang }\nimprovements:\n';

/** The range of the `n`th `needle` in `text`, as LSP positions. */
function at(text: string, needle: string, n = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in the text`);
  const pos = (o: number) => {
    const before = text.slice(0, o).split('\n');
    return { line: before.length - 1, character: before[before.length - 1]!.length };
  };
  return { start: pos(i), end: pos(i + needle.length) };
}

const STYLES: [string, string, string][] = [
  ['plain', '  - id: a\n    text: Late to the stand-up, always after 9:10\n    evidence: Stand-up log\n', 'always'],
  ['single-quoted', "  - id: a\n    text: 'It''s always the Monday report that is late'\n    evidence: Report log\n", 'always'],
  ['double-quoted with escapes', '  - id: a\n    text: "The \\"weekly\\" report is always late\\t(Q3)"\n    evidence: Report log\n', 'always'],
  ['literal block', '  - id: a\n    text: |\n      The Q3 reports were late.\n      He is always the last to file.\n    evidence: Report log\n', 'always'],
  ['folded block', '  - id: a\n    text: >-\n      The Q3 reports were late\n      and he is always the last to file.\n    evidence: Report log\n', 'always'],
  ['multi-line plain', '  - id: a\n    text: The Q3 reports were late and\n      he is always the last to file\n    evidence: Report log\n', 'always'],
  ['Chinese in a flow map', '  - { id: a, text: 第三季度周报总是最后提交, evidence: 周报记录 }\n', '总是'],
];

describe('server: ranges inside scalars', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  before(async () => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root, settings: () => ({ rules: { ...OTHER_RULES_OFF, 'absolute-language': 'warning', 'sensitive-identifier': 'error' } }) });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  for (const [style, body, word] of STYLES)
    it(`points at "${word}" in a ${style} scalar`, async () => {
      const uri = uriOf(ws.file(`range-${style.replace(/\W+/g, '-')}.review.yaml`));
      const text = HEAD + body;
      await s.open(uri, text);
      const p = await s.diagnostics(uri);
      const found = p.diagnostics.filter((d) => d.code === 'absolute-language').map((d) => d.range);
      assert.deepEqual(found, [at(text, word)]);
    });

  it('points the identifier finding at the number, and its fix replaces only that', async () => {
    const uri = uriOf(ws.file('range-identifier.review.yaml'));
    const text = `${HEAD}  - id: a\n    text: Expenses were filed late\n    evidence: |\n      Expense report 14 May,\n      card 4111 1111 1111 1111 charged twice\n`;
    await s.open(uri, text);
    const p = await s.diagnostics(uri);
    const d = p.diagnostics.find((x) => x.code === 'sensitive-identifier')!;
    assert.deepEqual(d.range, at(text, '4111 1111 1111 1111'));
    const actions = (await s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as { title: string; edit?: { changes?: Record<string, { range: unknown; newText: string }[]> } }[];
    const fix = actions.find((a) => a.title === t('en', 'sensitive-identifier.fix'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const edits = Object.values(fix.edit?.changes ?? {}).flat();
    assert.deepEqual(edits.map((e) => [e.range, e.newText]), [[d.range, t('en', 'sensitive-identifier.redacted')]]);
  });

  it('gives a Kubernetes file and a multi-document file named *.review.yaml no diagnostics', async () => {
    const deploy = uriOf(ws.file('app.review.yaml'));
    await s.open(deploy, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: review-app\nspec:\n  replicas: 1\n');
    assert.deepEqual((await s.diagnostics(deploy)).diagnostics, []);
    const multi = uriOf(ws.file('env.review.yaml'));
    await s.open(multi, 'kind: ConfigMap\ndata: { a: "1" }\n---\nkind: Service\nspec: {}\n');
    assert.deepEqual((await s.diagnostics(multi)).diagnostics, []);
  });
});
