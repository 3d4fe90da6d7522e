// `workspace/diagnostic` (LSP 3.17 pull model): every *.review.yaml in the workspace folders,
// linted from the editor's text when it is open and from the disk otherwise, each file reported
// as soon as it is done (partial results, when the client gives a token), with work-done
// progress, and stopped when the client cancels the request. A turn of the event loop between
// files lets edits and their diagnostics go first: a workspace lint never holds up typing.
import {
  type CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, type ResultProgressReporter,
  type WorkDoneProgressReporter, type WorkspaceDiagnosticParams, type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult, type WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsOf } from './diagnostics';
import type { Documents } from './documents';
import type { Linter } from './linting';
import type { SettingsStore } from './settings';
import { nextTurn } from './turn';
import { pathToUri } from './workspace';

export interface WorkspaceLintDeps {
  documents: Documents;
  linter: Linter;
  settings: SettingsStore;
}

export async function workspaceDiagnostics(
  _params: WorkspaceDiagnosticParams,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
  partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  deps: WorkspaceLintDeps,
): Promise<WorkspaceDiagnosticReport> {
  progress.begin('Review YAML', 0, undefined, true);
  try {
    const found = await Promise.all(deps.documents.workspace.folderPaths().map((f) => deps.documents.workspace.reviewsUnder(f).catch(() => [])));
    const files = [...new Set(found.flat())].sort();
    const items: WorkspaceFullDocumentDiagnosticReport[] = [];
    for (const [i, path] of files.entries()) {
      await nextTurn();
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace lint was cancelled.');
      const report = await lintFile(path, deps);
      if (report && partial) partial.report({ items: [report] });
      else if (report) items.push(report);
      progress.report(Math.floor(((i + 1) * 100) / files.length), `${i + 1}/${files.length}`);
    }
    return { items };
  } catch (e) {
    if (e instanceof ResponseError) throw e;
    throw new ResponseError(ErrorCodes.InternalError, `The workspace lint failed: ${(e as Error)?.message ?? e}`);
  } finally {
    progress.done();
  }
}

/** One file's report: an open document's current lint, else a lint of the file as it is on disk. */
async function lintFile(path: string, { documents, linter, settings }: WorkspaceLintDeps): Promise<WorkspaceFullDocumentDiagnosticReport | undefined> {
  const open = documents.byPath(path);
  if (open) {
    const analysis = await linter.current(open.uri);
    return analysis && { kind: 'full', uri: open.uri, version: open.version, items: diagnosticsOf(analysis, open.uri) };
  }
  const text = documents.workspace.readFile(path);
  if (text === undefined) return undefined;
  const uri = pathToUri(path);
  const doc = TextDocument.create(uri, 'review-yaml', 0, text);
  try {
    const analysis = documents.lint(doc, await settings.get(uri));
    return { kind: 'full', uri, version: null, items: diagnosticsOf(analysis, uri) };
  } finally {
    // Only open documents are remembered.
    if (!documents.get(uri)) {
      documents.forget(uri);
      settings.forget(uri);
    }
  }
}
