// What the extension's features ask the running server, the same for both language clients
// (Node: ./languageClient.ts; browser worker: ./browser/languageClient.ts).
import type * as vscode from 'vscode';
import {
  type BaseLanguageClient,
  type LanguageClientOptions,
  WorkDoneProgress,
  type WorkDoneProgressReport,
  WorkspaceDiagnosticRequest,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageclient';
import {
  type CalibrationParams, CalibrationRequest, type CalibrationResult, type FileKind, type InitializationOptions, KindsRequest, type NewReviewParams, NewReviewRequest, type NewReviewResult,
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
  /** `review/calibrationReport`: the calibration report of a folder, as a page for the webview. */
  calibrationReport(params: CalibrationParams): Promise<CalibrationResult>;
}

/** Called as the client hands a document's diagnostics to VS Code, which shows them at once. */
export type DiagnosticsShown = (uri: vscode.Uri) => void;

/** The client's options, the same for both hosts. */
export function clientOptions(vs: typeof vscode, shown?: DiagnosticsShown): LanguageClientOptions {
  const initializationOptions: InitializationOptions = {
    reviewYaml: currentSettings(),
    diagnosticMode: 'push',
    // Restricted Mode: the server resolves no template outside the workspace folder.
    ...({ trusted: vs.workspace.isTrusted } as object),
  };
  return {
    documentSelector: [{ language: LANGUAGE_ID }],
    initializationOptions,
    synchronize: {
      configurationSection: 'reviewYaml',
      // Templates and configuration change the findings of the reviews that use them.
      fileEvents: vs.workspace.createFileSystemWatcher('**/{*.review.yaml,*.review.yml,.reviewrc.yaml}'),
    },
    middleware: {
      // The markers go to the editor as `next` sets them; vscode.languages.onDidChangeDiagnostics
      // follows up to 50 ms later (the extension host debounces it), too late to time what a user sees.
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        shown?.(uri);
      },
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
}

export function requestsOf(client: BaseLanguageClient): ServerRequests {
  return {
    render: (params) => client.sendRequest(RenderRequest, params),
    kinds: (uris) => client.sendRequest(KindsRequest, { uris: uris.map((u) => u.toString()) }),
    workspaceDiagnostics: (onFile, onProgress, token) => workspaceDiagnostics(client, onFile, onProgress, token),
    newReview: (params) => client.sendRequest(NewReviewRequest, params),
    calibrationReport: (params) => client.sendRequest(CalibrationRequest, params),
  };
}

let tokens = 0;

async function workspaceDiagnostics(
  client: BaseLanguageClient,
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
