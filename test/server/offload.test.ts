// A huge document does not stall the server: the built server, as a process over stdio, lints and
// renders a 2.5 MB review (100,000 findings) on its worker thread, and meanwhile answers hover and
// completion on a small review and publishes the small review's diagnostics. Without the worker,
// each of those waits seconds behind the huge document; the test awaits events, never time.
import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn } from 'node:child_process';
import {
  type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection,
} from 'vscode-jsonrpc/node';
import type { CompletionItem, CompletionList, Hover, PublishDiagnosticsParams } from 'vscode-languageserver';
import { SERVER, ensureBuilt } from './support/build';
import { uriOf } from './support/session';
import { copyWorkspace, positionOf } from './support/workspace';

/** 100,000 strengths, each too vague to count as praise: one finding per item, 2.5 MB. */
const huge = (n: number) =>
  `kind: review\ntype: appraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Wang Fang }\nreviewer: { name: Liu Yang }\nstrengths:\n${Array.from({ length: n }, (_, k) => `  - text: Good job ${k}\n`).join('')}`;

describe('server: a huge document is linted and rendered off the main loop', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof copyWorkspace>;
  let child: ChildProcess;
  let client: MessageConnection;
  /** Every event, in the order the client saw it. */
  const events: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** Called when the server first asks for the huge document's settings: its lint starts at the answer. */
  let onHugeSettings: (() => void) | undefined;
  let hugeUri: string;
  let smallUri: string;
  const text = huge(100_000);

  /** The first publish for `uri` that passes `test`, already received or still to come. */
  const diagnostics = (uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const hit = published.find((p) => p.uri === uri && test(p));
      if (hit) resolve(hit);
      else waiters.push({ uri, test, resolve });
    });

  before(async () => {
    ensureBuilt();
    ws = copyWorkspace();
    hugeUri = uriOf(ws.file('huge.review.yaml'));
    smallUri = uriOf(ws.file('held.review.yaml'));
    child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ws.root, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      events.push(`diagnostics ${p.uri === hugeUri ? 'huge' : 'small'}`);
      published.push(p);
      for (const w of waiters.filter((w) => w.uri === p.uri && w.test(p))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
      if (p.items.some((i) => i.scopeUri === hugeUri) && onHugeSettings) setImmediate(onHugeSettings);
      onHugeSettings = undefined;
      return p.items.map(() => ({ maxProblems: 1000 }));
    });
    client.listen();
    await client.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(ws.root),
      workspaceFolders: [{ uri: uriOf(ws.root), name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await client.sendNotification('initialized', {});
  });

  after(async () => {
    await client.sendRequest('shutdown').catch(() => undefined);
    await client.sendNotification('exit').catch(() => undefined);
    client.dispose();
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    ws.remove();
  });

  it('answers hover and completion on a small review, and publishes its diagnostics, while the huge one is linted', async () => {
    // The huge document's lint begins once its settings are answered; just after, the small review opens.
    const small = new Promise<{ hover: Hover | null; completion: CompletionItem[] | CompletionList | null }>((resolve, reject) => {
      onHugeSettings = () => {
        const held = ws.read('held.review.yaml');
        void client.sendNotification('textDocument/didOpen', { textDocument: { uri: smallUri, languageId: 'review-yaml', version: 1, text: held } });
        const at = positionOf(held, 'status: held', 0, 9);
        Promise.all([
          client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: at }).then((h) => (events.push('hover small'), h)),
          client.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri: smallUri }, position: at }).then((c) => (events.push('completion small'), c)),
        ]).then(([hover, completion]) => resolve({ hover, completion }), reject);
      };
    });
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri: hugeUri, languageId: 'review-yaml', version: 1, text } });
    const { hover, completion } = await small;
    const smallDiagnostics = await diagnostics(smallUri);
    assert.ok(hover, 'a hover on the small review');
    assert.ok(completion && (Array.isArray(completion) ? completion : completion.items).length > 0, 'completion on the small review');
    assert.ok(smallDiagnostics.diagnostics.some((d) => d.code === 'improvement-plan-missing'), 'the small review was linted');
    assert.ok(!events.includes('diagnostics huge'), `the small review was served before the huge one was linted: ${events.join(' → ')}`);

    const p = await diagnostics(hugeUri);
    assert.equal(p.version, 1);
    assert.deepEqual(events.slice(-1), ['diagnostics huge']);
    // The cap: the first 1,000 findings, then one diagnostic that counts the rest.
    assert.equal(p.diagnostics.length, 1001);
    const summary = p.diagnostics[1000]!;
    const message = String(summary.message);
    assert.equal(summary.code, undefined);
    assert.match(message, /^(\d+) more findings from here on are not shown: the first 1000 of (\d+) are \(setting reviewYaml\.maxProblems\)/);
    const [, more, total] = /^(\d+) more.* of (\d+) are/.exec(message)!;
    assert.ok(Number(total) >= 100_000 && Number(more) === Number(total) - 1000, message);
    assert.ok(summary.range.start.line >= p.diagnostics[999]!.range.start.line, 'the count sits where the findings left out begin');
  });

  it('answers a hover on the small review while the huge one is rendered for the preview', async () => {
    const rendered = client.sendRequest<{ html: string }>('review/render', { textDocument: { uri: hugeUri }, mode: 'standalone' }).then((r) => (events.push('render huge'), r));
    const held = ws.read('held.review.yaml');
    const hover = await client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: smallUri }, position: positionOf(held, 'status: held', 0, 9) });
    events.push('hover small');
    assert.ok(hover);
    assert.ok(!events.includes('render huge'), `the hover waited for the render: ${events.join(' → ')}`);
    const { html } = await rendered;
    assert.ok(html.length > text.length, 'the whole review was rendered');
    assert.match(html, /Good job 99999/);
  });

  it('edits during a lint on the worker: only the newest version is published, never a stale one', async () => {
    const before = published.length;
    // Version 2 starts on the worker; version 3 arrives while it runs and supersedes it.
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: hugeUri, version: 2 }, contentChanges: [{ text: text.replace('Good job 0\n', 'Good job 0 again\n') }] });
    await client.sendNotification('textDocument/didChange', { textDocument: { uri: hugeUri, version: 3 }, contentChanges: [{ text: text.replace('Good job 1\n', 'Good job 1 again\n') }] });
    const p = await diagnostics(hugeUri, (x) => x.version === 3);
    assert.equal(p.diagnostics.length, 1001);
    assert.deepEqual(published.slice(before).filter((x) => x.uri === hugeUri).map((x) => x.version), [3]);
  });
});
