// The language server under faults: a rule (and a rule's fix) that throws, a document closed or
// changed while it is being linted, a burst of 1,000 edits, malformed and unknown messages, and a
// client that goes away. The server stays up, publishes only the latest version's diagnostics,
// and exits by itself when its client is gone.
import { strict as assert } from 'node:assert';
import { type ChildProcess, spawn } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, DocumentSymbol, Hover } from 'vscode-languageserver';
import { allRules } from '../../core/rules';
import type { Rule } from '../../core/rule';
import { SERVER, ensureBuilt } from './support/build';
import { Session, heldSession as startHeld, uriOf } from './support/session';
import { OTHER_RULES_OFF, copyWorkspace } from './support/workspace';

/** Test-only rules, added to the engine's rule list for one test and removed after: never shipped. */
const THROWING: Rule[] = [
  { id: 'test-throws', meta: { description: { en: 'throws' }, defaultSeverity: 'warning', from: null, fix: 'none', tags: [] }, *check() { throw new Error('boom in check'); } },
  {
    id: 'test-fix-throws',
    meta: { description: { en: 'its fix throws' }, defaultSeverity: 'warning', from: null, fix: 'auto', tags: [] },
    *check() { yield { path: ['kind'], message: 'a finding whose fix throws' }; },
    fix: { create() { throw new Error('boom in fix'); } },
  },
];

function withRules<T>(extra: Rule[], body: () => Promise<T>): Promise<T> {
  const list = allRules as Rule[];
  list.push(...extra);
  return body().finally(() => {
    for (const r of extra) list.splice(list.indexOf(r), 1);
  });
}

describe('language server under faults', function () {
  this.timeout(120_000);
  let ws: ReturnType<typeof copyWorkspace>;
  let s: Session;
  before(() => (ws = copyWorkspace()));
  after(() => ws.remove());
  afterEach(() => s?.dispose());

  const heldUri = () => uriOf(ws.file('held.review.yaml'));

  /**
   * Another review's lint, which nothing else uses, waits for a settings answer sent after every
   * earlier one and for the lints queued before it: by its diagnostics, any lint begun before has
   * resumed and ended, published or dropped.
   */
  async function settled(session: Session): Promise<void> {
    const uri = uriOf(ws.file('settled.review.yaml'));
    await session.open(uri, ws.read('held.review.yaml'));
    await session.diagnostics(uri);
    await session.close(uri);
  }

  /** The server answers an outline request about an ordinary document. */
  async function answers(session: Session): Promise<void> {
    const uri = uriOf(ws.file('template.review.yaml'));
    await session.open(uri, ws.read('template.review.yaml'));
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
    await session.close(uri);
  }

  it('a rule that throws becomes one internal finding; the other rules still report; a fix that throws offers nothing', async () => {
    await withRules(THROWING, async () => {
      s = await Session.start({ root: ws.root, settings: () => ({ debounceMs: 0 }) });
      const uri = heldUri();
      await s.open(uri, ws.read('held.review.yaml'));
      const p = await s.diagnostics(uri);
      const internal = p.diagnostics.filter((d) => d.code === 'test-throws');
      assert.equal(internal.length, 1);
      assert.match(String(internal[0]!.message), /Internal error in rule test-throws: boom in check/);
      assert.ok(p.diagnostics.some((d) => d.code === 'improvement-plan-missing'), 'the other rules ran');
      const broken = p.diagnostics.find((d) => d.code === 'test-fix-throws')!;
      const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: broken.range, context: { diagnostics: [broken] } });
      assert.ok(!actions.some((a) => /boom/.test(a.title)), 'no action from the fix that throws');
      const all = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: broken.range, context: { diagnostics: [], only: ['source.fixAll.review-yaml'] } });
      assert.ok(Array.isArray(all));
      await answers(s);
    });
  });

  /** A session whose settings wait until released: a lint is "in flight" meanwhile. */
  async function heldSession() {
    const held = await startHeld(ws.root, { rules: OTHER_RULES_OFF, debounceMs: 0 });
    s = held.session;
    return held;
  }

  it('a document closed while it is being linted: its diagnostics are cleared and never published again', async () => {
    const { release, askedOnce } = await heldSession();
    const uri = heldUri();
    await s.open(uri, ws.read('held.review.yaml'));
    await askedOnce;
    await s.close(uri);
    const cleared = await s.diagnostics(uri, (p) => p.diagnostics.length === 0);
    assert.equal(cleared.version, undefined);
    release();
    await settled(s);
    await answers(s);
    const after = s.publishedFor(uri);
    assert.deepEqual(after[after.length - 1]!.diagnostics, [], 'the last word on a closed document is "nothing"');
    assert.ok(after.every((p) => p.diagnostics.length === 0), 'the lint of the closed document was dropped');
  });

  it('a document changed while it is being linted: only the new version is published', async () => {
    const { release, askedOnce } = await heldSession();
    const uri = heldUri();
    const text = ws.read('held.review.yaml');
    await s.open(uri, text);
    await askedOnce;
    const v2 = await s.change(uri, text.replace('score: 3', 'score: 2'));
    release();
    const p = await s.diagnostics(uri);
    assert.equal(p.version, v2);
    // The lint of v1 ended before that of v2 began (one lint in flight per document), so nothing
    // of v1 can follow. Opening the template (answers) re-lints the review, which uses it: v2 again.
    await answers(s);
    assert.deepEqual([...new Set(s.publishedFor(uri).map((x) => x.version))], [v2]);
  });

  it('a burst of 1,000 edits: diagnostics for the last version only, in order, and the server answers at once', async () => {
    s = await Session.start({ root: ws.root, settings: () => ({ rules: OTHER_RULES_OFF, debounceMs: 50 }) });
    const uri = heldUri();
    const text = ws.read('held.review.yaml');
    await s.open(uri, text);
    await s.diagnostics(uri, (p) => p.version === 1);
    let last = 1;
    const sends: Promise<number>[] = [];
    for (let i = 0; i < 1000; i++) {
      // Every other version breaks the YAML; the last is whole.
      const body = i % 2 ? `${text}  broken: [\n` : text.replace('score: 3', `score: ${(i % 5) + 1}`);
      sends.push(s.change(uri, i === 999 ? text : body));
    }
    last = Math.max(...(await Promise.all(sends)));
    const t0 = performance.now();
    const hover = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(performance.now() - t0 < 5000, 'a request in the middle of the burst is answered');
    void hover;
    const p = await s.diagnostics(uri, (x) => x.version === last);
    assert.ok(p.diagnostics.some((d) => d.code === 'improvement-plan-missing'));
    await settled(s);
    const versions = s.publishedFor(uri).map((x) => x.version!);
    assert.equal(versions[versions.length - 1], last, 'the last publish is of the last version');
    assert.ok(versions.length <= 5, `debounced: ${versions.length} publishes for 1,001 versions (${versions.join(', ')})`);
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
  });

  it('malformed and unknown messages: errors for requests, silence for notifications, and the server goes on', async () => {
    s = await Session.start({ root: ws.root, settings: () => ({ debounceMs: 0 }) });
    const failures: string[] = [];
    const tryRequest = async (method: string, params: unknown) => {
      try {
        await s.request(method, params);
      } catch (e) {
        failures.push(`${method}: ${(e as Error).message.split('\n')[0]}`);
      }
    };
    await tryRequest('review/unknownRequest', { x: 1 });
    await tryRequest('textDocument/hover', null);
    await tryRequest('textDocument/hover', { textDocument: {}, position: { line: -1, character: 'x' } });
    await tryRequest('textDocument/completion', { textDocument: { uri: 'not a uri' }, position: { line: 1e9, character: 1e9 } });
    await tryRequest('textDocument/codeAction', { textDocument: { uri: heldUri() }, range: null, context: null });
    await tryRequest('review/render', { textDocument: { uri: 'file:///nowhere.review.yaml' } });
    await tryRequest('review/render', { textDocument: null });
    await tryRequest('textDocument/documentSymbol', 42);
    await s.notify('review/unknownNotification', { y: 2 });
    await s.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.review.yaml', version: 3 }, contentChanges: [{ text: 'x' }] });
    await s.notify('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.review.yaml' } });
    await s.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'review-yaml', version: 1, text: 'kind: review\n' } });
    await s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 9 }] });
    await s.notify('workspace/didChangeConfiguration', { settings: { reviewYaml: { rules: 'not a map', debounceMs: 'soon' } } });
    assert.ok(failures.some((f) => f.startsWith('review/unknownRequest')), failures.join('\n'));
    // An untitled document (no path) is still linted, and the server still answers.
    const untitled = await s.diagnostics('untitled:Untitled-1');
    assert.ok(untitled.diagnostics.length > 0);
    await answers(s);
  });

  describe('the built server as a process', () => {
    before(() => ensureBuilt());

    function start(args: string[] = ['--stdio']) {
      const child = spawn(process.execPath, [SERVER, ...args], { cwd: ws.root, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
      return { child, exited, stderr: () => stderr };
    }

    async function initialize(child: ChildProcess, processId: number | null = null) {
      const client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
      client.onNotification('textDocument/publishDiagnostics', () => undefined);
      client.onNotification('window/logMessage', () => undefined);
      client.onRequest('client/registerCapability', () => null);
      client.listen();
      await client.sendRequest('initialize', { processId, rootUri: uriOf(ws.root), capabilities: {} });
      await client.sendNotification('initialized', {});
      return client;
    }

    const within = <T>(p: Promise<T>, ms: number, what: string) =>
      Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))]);

    it('garbage on stdin (bad JSON, bad headers) is reported, not fatal: the server still answers', async () => {
      const { child, exited, stderr } = start();
      const client = await initialize(child);
      const body = '{"jsonrpc":"2.0","id":1,"method":'; // cut short
      child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const notJson = 'this is not json at all';
      child.stdin!.write(`Content-Length: ${notJson.length}\r\n\r\n${notJson}`);
      child.stdin!.write(`Content-Length: 2\r\n\r\n[]`);
      const symbols = await within(client.sendRequest('textDocument/documentSymbol', { textDocument: { uri: heldUri() } }), 10_000, 'a request after garbage');
      assert.equal(symbols, null, 'an unopened document has no outline');
      await client.sendRequest('shutdown');
      await client.sendNotification('exit');
      const { code } = await within(exited, 10_000, 'exit');
      assert.equal(code, 0);
      assert.doesNotMatch(stderr(), /^\s+at .*\(/m, 'no stack trace');
      client.dispose();
    });

    it('a client that closes stdin: the server exits by itself, promptly, without a stack trace', async () => {
      const { child, exited, stderr } = start();
      const client = await initialize(child);
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: heldUri(), languageId: 'review-yaml', version: 1, text: ws.read('held.review.yaml') } });
      child.stdin!.end();
      const { code, signal } = await within(exited, 10_000, 'exit after stdin closed');
      assert.equal(signal, null);
      // LSP: exit without shutdown is code 1; it is a clean exit all the same (no crash, no hang).
      assert.ok(code === 0 || code === 1, `exit code ${code}`);
      assert.doesNotMatch(stderr(), /^\s+at .*\(/m, 'no stack trace');
      client.dispose();
    });

    it('a client process that dies (initialize processId): the server notices and exits', async () => {
      const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
      const { child, exited } = start();
      const client = await initialize(child, parent.pid!);
      parent.kill('SIGKILL');
      const { signal } = await within(exited, 15_000, 'exit after the client process died');
      assert.equal(signal, null);
      client.dispose();
    });
  });
});
