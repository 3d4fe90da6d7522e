/**
 * An LSP client and the server joined over two in-memory streams (compose-language-service's
 * TestConnection): real JSON-RPC messages, no editor, no process. Tests wait on notifications,
 * never on time.
 */
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import * as server from 'vscode-languageserver/node';
import { startServer } from '../../../server/server';

export const uriOf = (path: string) => pathToFileURL(path).href;

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
    hover: { contentFormat: ['markdown'] },
    diagnostic: { dynamicRegistration: false },
    rename: { prepareSupport: true },
  },
};

export interface SessionOptions {
  root: string;
  initializationOptions?: unknown;
  /** The answer to workspace/configuration for a document (may be a promise, to hold the server). */
  settings?: (scopeUri: string | undefined) => unknown;
  capabilities?: ClientCapabilities;
  /** The client's display language (`initialize` params `locale`, e.g. VS Code's 'zh-cn'). */
  locale?: string;
}

type Waiter = { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class Session {
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  refreshes = 0;
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];
  private refreshWaiters: (() => void)[] = [];
  private consumed = new Map<string, number>();
  private versions = new Map<string, number>();

  private constructor(readonly client: MessageConnection, private readonly serverConnection: server.Connection) {}

  static async start(options: SessionOptions): Promise<Session> {
    const up = new PassThrough();
    const down = new PassThrough();
    const serverConnection = server.createConnection(
      server.ProposedFeatures.all,
      new server.StreamMessageReader(up),
      new server.StreamMessageWriter(down),
    );
    startServer(serverConnection);
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    const session = new Session(client, serverConnection);
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => session.received(p));
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('workspace/diagnostic/refresh', () => {
      session.refreshes++;
      for (const r of session.refreshWaiters.splice(0)) r();
      return null;
    });
    client.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
      Promise.all(p.items.map((i) => (options.settings ? options.settings(i.scopeUri) : null))),
    );
    client.listen();
    session.initializeResult = await client.sendRequest('initialize', {
      processId: null,
      rootUri: uriOf(options.root),
      workspaceFolders: [{ uri: uriOf(options.root), name: 'workspace' }],
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    await client.sendNotification('initialized', {});
    return session;
  }

  private received(p: PublishDiagnosticsParams): void {
    this.published.push(p);
    const i = this.waiters.findIndex((w) => w.uri === p.uri && w.test(p));
    if (i >= 0) {
      const [w] = this.waiters.splice(i, 1);
      this.consumed.set(p.uri, this.published.length);
      w!.resolve(p);
    }
  }

  /**
   * The next publish for `uri` that passes `test`, among those not yet awaited (a publish that
   * arrived before this call counts: the test may have triggered it a moment ago).
   */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const from = this.consumed.get(uri) ?? 0;
    const hit = this.published.findIndex((p, i) => i >= from && p.uri === uri && test(p));
    if (hit >= 0) {
      this.consumed.set(uri, hit + 1);
      return Promise.resolve(this.published[hit]!);
    }
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** Resolves at the next `workspace/diagnostic/refresh` the server sends. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async open(uri: string, text: string, languageId = 'review-yaml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    return this.edit(uri, [{ text }]);
  }

  async edit(uri: string, contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.client.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.client.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.client.sendNotification(method, params);
  }

  dispose(): void {
    this.client.dispose();
    this.serverConnection.dispose();
  }
}

/**
 * A session whose workspace/configuration answers wait until `release()`: a lint is "in flight"
 * meanwhile. `askedOnce` resolves when the server first asks for the settings.
 */
export async function heldSession(root: string, settings: unknown): Promise<{ session: Session; release: () => void; askedOnce: Promise<void> }> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let asked!: () => void;
  const askedOnce = new Promise<void>((r) => (asked = r));
  const session = await Session.start({
    root,
    initializationOptions: { debounceMs: 0 },
    settings: async () => {
      asked();
      await held;
      return settings;
    },
  });
  return { session, release, askedOnce };
}
