// The extension's handle on the language server. Activation does not wait for it: the language
// client's bundle is loaded and the server started just after activate() has returned, and every
// feature that talks to the server waits for that through `running()`.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { DiagnosticsShown, ServerRequests } from './requests';

/** The running server's requests; rejects when the server could not be started. */
export type RunningServer = () => Promise<ServerRequests>;

/** A host's language client: over IPC to a Node process, or to a browser worker. */
export interface ClientCode {
  createClient(context: vscode.ExtensionContext, shown?: DiagnosticsShown): LanguageClient;
  requestsOf(client: LanguageClient): ServerRequests;
}

export class LanguageServer {
  private current: { client: LanguageClient; requests: ServerRequests } | undefined;
  private starting: Promise<void>;
  private readonly shown = new vscode.EventEmitter<vscode.Uri>();
  /** Fires as the client hands a document's diagnostics to VS Code, which shows them at once (see `ReviewYamlApi`). */
  readonly onDidShowDiagnostics = this.shown.event;

  /** `load`: the language client's code, read only once activation has returned. */
  constructor(
    context: vscode.ExtensionContext,
    private readonly load: () => ClientCode | Promise<ClientCode>,
  ) {
    context.subscriptions.push(this.shown);
    this.starting = background(this.launch(context));
  }

  /** Undefined until the client's code has loaded, just after activation. */
  get client(): LanguageClient | undefined {
    return this.current?.client;
  }

  /** Settles when the current start (or restart) has: resolves once the client is running, rejects if it failed. */
  get ready(): Promise<void> {
    return this.starting;
  }

  readonly running: RunningServer = async () => {
    await this.starting;
    return this.current!.requests;
  };

  private async launch(context: vscode.ExtensionContext): Promise<void> {
    // A macrotask, so that reading and running the client's code is not part of activation.
    await new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
    let client: LanguageClient;
    try {
      const lsp = await this.load();
      client = lsp.createClient(context, (uri) => this.shown.fire(uri));
      this.current = { client, requests: lsp.requestsOf(client) };
    } catch (e) {
      // Not the client's failure, so not reported by it.
      void vscode.window.showErrorMessage(vscode.l10n.t('Review YAML could not load its language client: {0}', (e as Error).message));
      throw e;
    }
    await client.start();
  }

  /** Starts the server again with the workspace's trust as it is now. Never rejects: the outcome is `ready`. */
  async restart(): Promise<void> {
    // A client still starting cannot be stopped: let that start finish (or fail) first.
    await settled(this.starting);
    const client = this.current?.client;
    if (!client) return;
    const options = client.clientOptions.initializationOptions as { trusted?: boolean } | undefined;
    if (options) options.trusted = vscode.workspace.isTrusted;
    // A start that failed stays failed (the client cannot be stopped, so not restarted either).
    if (client.isRunning()) this.starting = background(restartOf(client));
    else if (client.needsStart()) this.starting = background(client.start());
    await settled(this.starting);
  }

  /** Stops the server, after the start in progress if there is one. */
  async stop(): Promise<void> {
    await settled(this.starting);
    const client = this.current?.client;
    if (client?.isRunning()) await client.stop();
  }
}

/**
 * A start nobody may be awaiting yet. vscode-languageclient has already reported a failed start
 * (its output channel, and one error message): only keep the rejection from going unhandled.
 */
function background(start: Promise<void>): Promise<void> {
  start.catch(() => undefined);
  return start;
}

const settled = (p: Promise<void>): Promise<void> =>
  p.then(
    () => undefined,
    () => undefined,
  );

/** The Node client restarts its process; the browser's has no restart of its own: stopped, then started. */
const restartOf = (client: LanguageClient): Promise<void> => {
  const own = (client as { restart?: () => Promise<void> }).restart;
  return own ? own.call(client) : client.stop().then(() => client.start());
};
