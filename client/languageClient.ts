// The language client for dist/server.js, started in the background: activation does not wait
// for the server process and the initialize round trip, so everything that talks to the server
// asks for the client through `running()`, which waits for the start in progress.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';
import { currentSettings, toServerSettings } from './settings';

export const LANGUAGE_ID = 'review-yaml';

/** The client once it is running; rejects when the server could not be started. */
export type RunningClient = () => Promise<LanguageClient>;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = {
    reviewYaml: currentSettings(),
    diagnosticMode: 'push',
    // Restricted Mode: the server resolves no template outside the workspace folder.
    ...({ trusted: vscode.workspace.isTrusted } as object),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions,
    synchronize: {
      configurationSection: 'reviewYaml',
      // Templates and configuration change the findings of the reviews that use them.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.review.yaml,.reviewrc.yaml}'),
    },
    middleware: {
      workspace: {
        // Settings pulled per document: resolve `locale: auto` to what the server understands.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) => (params.items[i]?.section === 'reviewYaml' ? toServerSettings(value) : value));
        },
      },
    },
  };
  // The id makes `reviewYaml.trace.server` work without more code.
  return new LanguageClient('reviewYaml', 'Review YAML', serverOptions, clientOptions);
}

export class LanguageServer {
  readonly client: LanguageClient;
  private starting: Promise<void>;

  /** Creates the client and starts it without waiting. */
  constructor(context: vscode.ExtensionContext) {
    this.client = createClient(context);
    this.starting = background(this.client.start());
  }

  /** Settles when the current start (or restart) has: resolves once the client is running, rejects if it failed. */
  get ready(): Promise<void> {
    return this.starting;
  }

  readonly running: RunningClient = async () => {
    await this.starting;
    return this.client;
  };

  /** Starts the server again with the workspace's trust as it is now. Never rejects: the outcome is `ready`. */
  async restart(): Promise<void> {
    // A client still starting cannot be stopped: let that start finish (or fail) first.
    await settled(this.starting);
    const options = this.client.clientOptions.initializationOptions as { trusted?: boolean } | undefined;
    if (options) options.trusted = vscode.workspace.isTrusted;
    // A start that failed stays failed (the client cannot be stopped, so not restarted either).
    if (this.client.isRunning()) this.starting = background(this.client.restart());
    else if (this.client.needsStart()) this.starting = background(this.client.start());
    await settled(this.starting);
  }

  /** Stops the server, after the start in progress if there is one. */
  async stop(): Promise<void> {
    await settled(this.starting);
    if (this.client.isRunning()) await this.client.stop();
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

const settled = (p: Promise<void>): Promise<void> => p.then(
  () => undefined,
  () => undefined,
);
