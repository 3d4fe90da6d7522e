// Runs only in the pass where code-server starts with `--locale zh-cn` (run.mjs sets
// REVIEW_YAML_E2E_LOCALE): the editor's display language must reach the language server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, diagnosticsWhere, once, open, workspaceUri } from './helpers';

const CJK = /[\u4e00-\u9fff]/;

describe('display language zh-cn', () => {
  before(async () => {
    await api();
  });
  after(closeAll);

  it('the editor reports zh-cn as its display language', () => {
    assert.match(vscode.env.language, /^zh/i);
  });

  it("diagnostics come in Chinese, linked to the rules' Chinese pages", async () => {
    await open('reviews/findings.review.yaml');
    const ds = await diagnosticsWhere(workspaceUri('reviews/findings.review.yaml'), (d) => d.length > 0);
    for (const d of ds) {
      assert.match(d.message, CJK, d.message);
      const target = typeof d.code === 'object' ? String(d.code.target) : '';
      assert.ok(target.includes(`/docs/rules/zh-CN/${codeOf(d)}.md`), target);
    }
  });

  it("the preview's labels and its tab title are in Chinese", async () => {
    const { preview } = await api();
    await open('reviews/findings.review.yaml');
    const uri = workspaceUri('reviews/findings.review.yaml').toString();
    const rendered = once(preview.onDidRender, (r) => r.uri === uri);
    await vscode.commands.executeCommand('reviewYaml.openPreviewToSide');
    const r = await rendered;
    assert.match(r.html, />员工</, 'section labels from the zh-CN catalog');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
    const title = tab?.label ?? (await once(vscode.window.tabGroups.onDidChangeTabs, () => true), vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview)?.label);
    // "评估预览" (Review Preview) until the first render names the file: "预览 findings.review.yaml".
    assert.match(String(title), /预览/, `the client's own strings come through vscode.l10n (tab: ${title})`);
    assert.equal(vscode.l10n.t('Preview {0}', 'x'), '预览 x');
  });
});
