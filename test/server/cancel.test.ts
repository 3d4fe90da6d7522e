/**
 * Pull diagnostics that lose their point before they are linted, over real LSP messages: the
 * server is held on its settings request (workspace/configuration), and meanwhile the client
 * cancels, or the document moves on. A cancelled request answers RequestCancelled; a request for
 * a version the document no longer has answers ServerCancelled and asks to be retriggered; the
 * newer version's own request gets its findings.
 */
import { strict as assert } from 'node:assert';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver';
import { Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

type Report = { kind: string; items: { code?: unknown }[] };

describe('server: cancelling pull diagnostics', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  let release: () => void;
  let asked: Promise<void>;
  beforeEach(async () => {
    ws = copyWorkspace();
    const held = new Promise<void>((r) => (release = r));
    let onAsk!: () => void;
    asked = new Promise<void>((r) => (onAsk = r));
    s = await Session.start({
      root: ws.root,
      initializationOptions: { diagnosticMode: 'pull', debounceMs: 0 },
      settings: async () => {
        onAsk();
        await held;
        return { rules: { ...OTHER_RULES_OFF } };
      },
    });
  });
  afterEach(() => {
    release();
    s.dispose();
    ws.remove();
  });

  /** The error a request was answered with (the client's own ResponseError class: compared by shape). */
  const failure = async (p: Promise<unknown>): Promise<{ code: number; data?: unknown }> => {
    try {
      await p;
    } catch (e) {
      assert.equal(typeof (e as { code?: unknown }).code, 'number', String(e));
      return e as { code: number; data?: unknown };
    }
    assert.fail('the request was answered, not cancelled');
  };

  it('answers a request the client cancelled with RequestCancelled', async () => {
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    await s.open(uri, ws.read('no-praise.review.yaml'));
    const source = new CancellationTokenSource();
    const pending = s.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    await asked;
    source.cancel();
    // The cancel notification goes out before the settings' answer: the server reads them in order.
    release();
    const e = await failure(pending);
    assert.equal(e.code, LSPErrorCodes.RequestCancelled);
    // The next request is answered in full.
    const report = await s.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items.map((d) => d.code), ['praise-missing']);
  });

  it('answers a request for a version the document no longer has with ServerCancelled, and lints the newer one', async () => {
    const uri = uriOf(ws.file('no-praise.review.yaml'));
    const text = ws.read('no-praise.review.yaml');
    await s.open(uri, text);
    const old = s.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    await asked;
    // Typed while the first request waited: the praise the review lacked.
    await s.change(uri, `${text}strengths:\n  - text: Ran the Q3 release train and shipped on the planned day\n    evidence: Release log, 30 Sep\n`);
    const newer = s.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
    release();
    const e = await failure(old);
    assert.equal(e.code, LSPErrorCodes.ServerCancelled);
    assert.deepEqual(e.data, { retriggerRequest: true });
    assert.deepEqual((await newer).items.map((d) => d.code), []);
  });
});
