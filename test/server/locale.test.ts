import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver';
import { docsUrl } from '../../core/rule';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

const CJK = /[\u4e00-\u9fff]/;
/** A message without the document text it quotes. */
const ownWords = (s: string) => s.replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '');

describe('server: the language of what it says', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session | undefined;
  afterEach(() => {
    s?.dispose();
    ws.remove();
  });

  const start = async (locale: string | undefined, settings: Record<string, unknown> = {}) => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root, locale, settings: () => ({ rules: { ...OTHER_RULES_OFF }, ...settings }) });
    const uri = uriOf(ws.file('held.review.yaml'));
    await s.open(uri, ws.read('held.review.yaml'));
    return { uri, p: await s.diagnostics(uri) };
  };

  it("follows the client's display language: initialize with locale 'zh-cn' gives Chinese diagnostics and zh-CN doc links", async () => {
    const { uri, p } = await start('zh-cn');
    assert.ok(p.diagnostics.length >= 2);
    for (const d of p.diagnostics) {
      assert.match(ownWords(String(d.message)), CJK, String(d.message));
      assert.equal(d.codeDescription?.href, docsUrl(String(d.code), 'zh-CN'));
      assert.match(d.codeDescription!.href, /docs\/rules\/zh-CN\/[a-z-]+\.md$/);
      for (const r of d.relatedInformation ?? []) assert.match(ownWords(r.message), CJK, r.message);
    }
    const plan = p.diagnostics.find((d) => d.code === 'improvement-plan-missing')!;
    const actions = (await s!.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: plan.range,
      context: { diagnostics: [plan], only: ['quickfix'] },
    })) as CodeAction[];
    assert.ok(actions.length >= 3);
    for (const a of actions) assert.match(ownWords(a.title), CJK, a.title);
  });

  it('speaks English to an English client, with no Chinese in any message', async () => {
    const { p } = await start('en-us');
    assert.ok(p.diagnostics.length >= 2);
    for (const d of p.diagnostics) {
      assert.doesNotMatch(ownWords(String(d.message)), CJK, String(d.message));
      assert.equal(d.codeDescription?.href, docsUrl(String(d.code)));
    }
  });

  it('reviewYaml.locale wins over the display language, both ways', async () => {
    const english = await start('zh-cn', { locale: 'en' });
    for (const d of english.p.diagnostics) assert.doesNotMatch(ownWords(String(d.message)), CJK, String(d.message));
    s!.dispose();
    s = undefined;
    ws.remove();
    const chinese = await start('en', { locale: 'zh-CN' });
    for (const d of chinese.p.diagnostics) assert.match(ownWords(String(d.message)), CJK, String(d.message));
  });

  it("renders the preview's labels in the same language", async () => {
    const { uri } = await start('zh-cn');
    const { html } = (await s!.client.sendRequest('review/render', { textDocument: { uri } })) as { html: string };
    assert.match(html, /绩效评估/);
    assert.match(html, /lang="zh-CN"/);
  });
});
