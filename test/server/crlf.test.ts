// Every edit the server offers keeps a CRLF document CRLF: the disable-comment quick fixes
// inserted a bare "\n", leaving a file with mixed line endings that --fix then refuses to touch.
import { strict as assert } from 'node:assert';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver';
import { Session, uriOf } from './support/session';
import { applyEdits, copyWorkspace } from './support/workspace';

describe('server: CRLF documents stay CRLF', function () {
  this.timeout(30_000);
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  before(async () => {
    ws = copyWorkspace();
    s = await Session.start({ root: ws.root });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  it('every quick fix and the fix-all action on a CRLF review insert CRLF only', async () => {
    const text = ws.read('held.review.yaml').replace(/\r?\n/g, '\r\n');
    const uri = uriOf(ws.file('crlf.review.yaml'));
    await s.open(uri, text);
    const { diagnostics } = await s.diagnostics(uri);
    assert.ok(diagnostics.length > 0);
    let checked = 0;
    for (const d of diagnostics) {
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      for (const a of actions) {
        const edits = (a.edit as WorkspaceEdit | undefined)?.changes?.[uri];
        if (!edits) continue;
        const out = applyEdits(text, edits);
        assert.ok(!/(^|[^\r])\n/.test(out), `${a.title}: a bare LF`);
        checked++;
      }
    }
    assert.ok(checked >= 2, `${checked} edits checked`);
  });
});
