// The language client for dist/server.js and the requests the extension sends it. Bundled on its
// own as dist/languageClient.js (vscode-languageclient is nearly all of the extension's code) and
// loaded by languageServer.ts once activation has returned: activation neither reads nor runs it.
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
  WorkDoneProgress,
  type WorkDoneProgressReport,
  WorkspaceDiagnosticRequest,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageclient/node';
import {
  type FileKind, type InitializationOptions, KindsRequest, type NewReviewParams, NewReviewRequest, type NewReviewResult,
  type RenderParams, RenderRequest, type RenderResult,
} from '../server/protocol';
import { currentSettings, toServerSettings } from './settings';

const LANGUAGE_ID = 'review-yaml';

/** What the extension's features ask the running server. */
export interface ServerRequests {
  /** `review/render`: the record as a page, from what the editor holds. */
  render(params: RenderParams): Promise<RenderResult>;
  /** `review/kinds`: what each file is (review, template, config or not ours), and a template's name, in the same order. */
  kinds(uris: vscode.Uri[]): Promise<{ kinds: (FileKind | null)[]; names: (string | null)[] }>;
  /**
   * `workspace/diagnostic`: every review of the workspace, each file handed to `onFile` as the
   * server reports it, its progress to `onProgress`. Resolves with the number of files reported;
   * rejects when cancelled through `token`.
   */
  workspaceDiagnostics(
    onFile: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void,
    onProgress: (percentage: number | undefined, message: string | undefined) => void,
    token: vscode.CancellationToken,
  ): Promise<number>;
  /** `review/newReview`: a new review's text from the chosen template, built by core's skeleton builder. */
  newReview(params: NewReviewParams): Promise<NewReviewResult>;
}

export function createClient(context: vscode.ExtensionContext): LanguageClient {
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
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.review.yaml,*.review.yml,.reviewrc.yaml}'),
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

export function requestsOf(client: LanguageClient): ServerRequests {
  return {
    render: (params) => client.sendRequest(RenderRequest, params),
    kinds: (uris) => client.sendRequest(KindsRequest, { uris: uris.map((u) => u.toString()) }),
    workspaceDiagnostics: (onFile, onProgress, token) => workspaceDiagnostics(client, onFile, onProgress, token),
    newReview: (params) => client.sendRequest(NewReviewRequest, params),
  };
}

let tokens = 0;

async function workspaceDiagnostics(
  client: LanguageClient,
  onFile: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void,
  onProgress: (percentage: number | undefined, message: string | undefined) => void,
  token: vscode.CancellationToken,
): Promise<number> {
  const id = ++tokens;
  const partialResultToken = `review-yaml/workspace-lint/${id}/files`;
  const workDoneToken = `review-yaml/workspace-lint/${id}/progress`;
  let files = 0;
  const converting: Promise<void>[] = [];
  const take = (reports: WorkspaceDocumentDiagnosticReport[]) => {
    for (const r of reports) {
      files++;
      if (r.kind !== 'full') continue;
      const uri = client.protocol2CodeConverter.asUri(r.uri);
      converting.push(client.protocol2CodeConverter.asDiagnostics(r.items).then((d) => onFile(uri, d)));
    }
  };
  const subscriptions = [
    client.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p) => take(p.items)),
    client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
      if (p.kind === 'report') onProgress((p as WorkDoneProgressReport).percentage, p.message);
    }),
  ];
  try {
    const result = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken, workDoneToken }, token);
    take(result.items);
    await Promise.all(converting);
    return files;
  } finally {
    for (const s of subscriptions) s.dispose();
  }
}
