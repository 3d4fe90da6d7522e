// "Lint Workspace": every review of the workspace into the Problems panel, answered by the server
// as LSP `workspace/diagnostic` (file by file, with progress; cancelling stops the server too).
// Nothing is opened: files in an editor keep their live diagnostics, the others' findings are
// kept in a collection of our own until the file is opened or changes on disk.
import * as vscode from 'vscode';
import type { RunningServer } from './languageServer';
import type { FindingsStatus } from './statusBar';

const SOURCE = 'review-yaml';

export interface WorkspaceLintResult {
  /** Reviews the server found in the workspace folders. */
  files: number;
  /** Those whose findings are now shown. */
  linted: number;
  cancelled: boolean;
}

export class WorkspaceLint implements vscode.Disposable {
  private readonly kept = vscode.languages.createDiagnosticCollection('review-yaml-workspace');
  /** Files the last run reported: closing one keeps its findings in view. */
  private readonly linted = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly running: RunningServer,
    private readonly status: FindingsStatus,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.review.{yaml,yml}');
    const forget = (uri: vscode.Uri) => this.kept.delete(uri);
    this.subscriptions.push(
      this.kept,
      watcher,
      watcher.onDidChange(forget),
      watcher.onDidDelete((uri) => {
        forget(uri);
        this.linted.delete(uri.toString());
      }),
      // Open: the server's live diagnostics take over; closed, the server withdraws them.
      vscode.workspace.onDidOpenTextDocument((doc) => forget(doc.uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.linted.has(doc.uri.toString())) return;
        this.kept.set(doc.uri, vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE));
      }),
    );
  }

  run(): Thenable<WorkspaceLintResult> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Review YAML: linting the workspace'), cancellable: true },
      async (progress, token) => {
        const done = this.status.spin(vscode.l10n.t('Linting reviews…'));
        let linted = 0;
        let reported = 0;
        try {
          const server = await this.running();
          const files = await server.workspaceDiagnostics(
            (uri, diagnostics) => {
              linted++;
              this.linted.add(uri.toString());
              const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
              if (!open) this.kept.set(uri, diagnostics);
            },
            (percentage, message) => {
              const increment = percentage === undefined ? undefined : percentage - reported;
              if (percentage !== undefined) reported = percentage;
              progress.report({ message, increment });
            },
            token,
          );
          return { files, linted, cancelled: false };
        } catch (e) {
          if (token.isCancellationRequested) return { files: linted, linted, cancelled: true };
          throw e;
        } finally {
          done();
        }
      },
    );
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
