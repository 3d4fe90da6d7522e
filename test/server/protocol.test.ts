// The server's answers to what the client asks instead of working out itself: the kind of a file
// (`review/kinds`), every review of the workspace (`workspace/diagnostic`, with partial results,
// work-done progress and cancellation) and the preview page rendered with the client's nonce.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CancellationTokenSource, ProgressType } from 'vscode-jsonrpc';
import {
  LSPErrorCodes, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport, type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult, type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { CAPABILITIES, Session, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

type Progress = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
const PROGRESS = new ProgressType<unknown>();

describe('server: what the client asks', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  /** Collects the `$/progress` values sent for `token`. */
  const progressOf = (token: string) => {
    const values: Progress[] = [];
    s.client.onProgress(PROGRESS, token, (v) => void values.push(v as Progress));
    return values;
  };
  before(async () => {
    ws = copyWorkspace();
    mkdirSync(ws.file('node_modules/pkg'), { recursive: true });
    writeFileSync(ws.file('node_modules/pkg/ignored.review.yaml'), 'kind: review\n');
    mkdirSync(ws.file('team'));
    writeFileSync(ws.file('team/.reviewrc.yaml'), 'rules: {}\n');
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF }) });
  });
  after(() => {
    s.dispose();
    ws.remove();
  });

  describe('review/kinds', () => {
    it("reads each file's kind the way the linter does, the editor's text before the disk", async () => {
      const opened = uriOf(ws.file('no-praise.review.yaml'));
      await s.open(opened, "kind: template\nname: 'Now a template, it''s HR''s' # draft\n");
      const uris = [
        uriOf(ws.file('template.review.yaml')),
        uriOf(ws.file('broken.review.yaml')),
        opened,
        uriOf(ws.file('sidecar.review.yaml')),
        uriOf(ws.file('team/.reviewrc.yaml')),
        uriOf(ws.file('missing.review.yaml')),
        'untitled:Untitled-1',
      ];
      const { kinds, names } = await s.request<{ kinds: unknown[]; names: unknown[] }>('review/kinds', { uris });
      assert.deepEqual(kinds, ['template', 'review', 'template', null, 'config', null, null]);
      // A template's name as the engine reads it: quotes, doubled quotes and a comment undone.
      assert.deepEqual(names, ['Server test template', null, "Now a template, it's HR's", null, null, null, null]);
      await s.close(opened);
    });

    it('answers a malformed request with no kinds, not an error', async () => {
      assert.deepEqual(await s.request('review/kinds', { uris: 'nope' }), { kinds: [], names: [] });
      assert.deepEqual(await s.request('review/kinds', { uris: [42, null] }), { kinds: [null, null], names: [null, null] });
    });
  });

  describe('workspace/diagnostic', () => {
    const byFile = (items: WorkspaceFullDocumentDiagnosticReport[]) =>
      Object.fromEntries(items.map((r) => [r.uri.slice(uriOf(ws.root).length + 1), r.items.map((d) => d.code).sort()]));

    it('reports every review of the workspace folder, opened or not, outside node_modules', async () => {
      const open = uriOf(ws.file('held.review.yaml'));
      await s.open(open, ws.read('held.review.yaml'));
      const report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const items = report.items as WorkspaceFullDocumentDiagnosticReport[];
      const files = byFile(items);
      assert.deepEqual(Object.keys(files).sort(), ['broken.review.yaml', 'held.review.yaml', 'no-praise.review.yaml', 'sidecar.review.yaml', 'template.review.yaml']);
      assert.ok(files['no-praise.review.yaml']!.includes('praise-missing'), `no-praise: ${files['no-praise.review.yaml']}`);
      assert.ok(files['broken.review.yaml']!.includes('yaml-syntax'), `broken: ${files['broken.review.yaml']}`);
      assert.deepEqual(files['sidecar.review.yaml'], []);
      // The open document is reported at its version; files on disk have none.
      assert.equal(items.find((r) => r.uri === open)?.version, 1);
      assert.equal(items.find((r) => r.uri.endsWith('/no-praise.review.yaml'))?.version, null);
      assert.ok(items.every((r) => r.kind === 'full'));
      await s.close(open);
    });

    it('sends each file as a partial result, with work-done progress from begin to end', async () => {
      const partials: WorkspaceFullDocumentDiagnosticReport[] = [];
      const work = progressOf('work-1');
      s.client.onProgress(PROGRESS, 'partial-1', (v) => {
        const p = v as WorkspaceDiagnosticReportPartialResult;
        partials.push(...(p.items as WorkspaceFullDocumentDiagnosticReport[]));
      });
      const report = await s.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
        previousResultIds: [],
        partialResultToken: 'partial-1',
        workDoneToken: 'work-1',
      });
      assert.deepEqual(report.items, [], 'everything came as partial results');
      assert.equal(partials.length, 5);
      assert.ok(byFile(partials)['no-praise.review.yaml']!.includes('praise-missing'));
      assert.equal(work[0]?.kind, 'begin');
      assert.equal(work.at(-1)?.kind, 'end');
      const reports = work.filter((w): w is WorkDoneProgressReport => w.kind === 'report');
      assert.equal(reports.length, 5);
      assert.equal(reports.at(-1)?.percentage, 100);
      assert.equal(reports.at(-1)?.message, '5/5');
    });

    it('stops when the client cancels, and says so', async () => {
      for (let i = 0; i < 40; i++) writeFileSync(ws.file(`bulk-${i}.review.yaml`), 'kind: review\ntype: appraisal\nstatus: draft\n');
      const source = new CancellationTokenSource();
      let partials = 0;
      const work = progressOf('work-2');
      s.client.onProgress(PROGRESS, 'partial-2', () => {
        // Cancel once the first file is in: the rest must not be linted.
        if (++partials === 1) source.cancel();
      });
      await assert.rejects(
        s.client.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'partial-2', workDoneToken: 'work-2' }, source.token),
        (e: { code?: number }) => e.code === LSPErrorCodes.RequestCancelled,
      );
      assert.ok(partials < 45, `stopped after ${partials} of 45 files`);
      assert.equal(work.at(-1)?.kind, 'end', 'the progress is ended');
    });

    it('is advertised to a client that pulls', async () => {
      const pull = await Session.start({
        root: ws.root,
        initializationOptions: { diagnosticMode: 'pull' },
        capabilities: CAPABILITIES,
        settings: () => ({ rules: OTHER_RULES_OFF }),
      });
      try {
        assert.deepEqual(pull.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: true });
      } finally {
        pull.dispose();
      }
      assert.equal(s.initializeResult.capabilities.diagnosticProvider, undefined, 'a push client is not made to pull');
    });
  });

  describe('review/render for the preview', () => {
    it("uses the client's fresh nonce and script, and nothing else runs", async () => {
      const uri = uriOf(ws.file('held.review.yaml'));
      await s.open(uri, ws.read('held.review.yaml'));
      const render = (nonce: string) =>
        s.request<{ html: string }>('review/render', {
          textDocument: { uri },
          mode: 'preview',
          nonce,
          cspSource: 'https://webview.test',
          scriptUri: 'https://webview.test/media/preview.js',
        });
      for (const nonce of ['AAAAAAAAAAAAAAAAAAAAAA==', 'BBBBBBBBBBBBBBBBBBBBBB==']) {
        const { html } = await render(nonce);
        const csp = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
        assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
        assert.match(csp, /default-src 'none'/);
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.deepEqual(scripts, [`<script nonce="${nonce}" src="https://webview.test/media/preview.js">`]);
      }
      // A nonce that is not one is replaced: the page never carries the client's text into its CSP.
      const { html } = await render(`x' 'unsafe-inline`);
      assert.doesNotMatch(html, /unsafe-inline/);
      await s.close(uri);
    });
  });
});
