// "Lint Workspace": every review of the workspace into the Problems panel. The server lints what
// the editor opens, so each file is opened as a document (not in an editor) and its diagnostics
// awaited. When VS Code later closes such a document the server withdraws its diagnostics; the
// last ones are kept in a collection of our own until the file is opened again or changes on disk.
import * as vscode from 'vscode';
import type { RunningServer } from './languageServer';
import type { FindingsStatus } from './statusBar';

const SOURCE = 'review-yaml';
const PARALLEL = 4;
/** A file whose diagnostics do not arrive in this time is counted as not linted (the server is busy or gone). */
const PER_FILE_TIMEOUT_MS = 15_000;

export interface WorkspaceLintResult {
  files: number;
  linted: number;
  cancelled: boolean;
}

export class WorkspaceLint implements vscode.Disposable {
  private readonly kept = vscode.languages.createDiagnosticCollection('review-yaml-workspace');
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
      // Open again: the server's live diagnostics take over.
      vscode.workspace.onDidOpenTextDocument((doc) => forget(doc.uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.linted.has(doc.uri.toString())) return;
        const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
        this.kept.set(doc.uri, ours);
      }),
    );
  }

  run(): Thenable<WorkspaceLintResult> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Review YAML: linting the workspace'), cancellable: true },
      async (progress, token) => {
        const done = this.status.spin(vscode.l10n.t('Linting reviews…'));
        try {
          // The per-file timeout is for linting, not for the server's start.
          await this.running();
          const files = await vscode.workspace.findFiles('**/*.review.{yaml,yml}', '{**/node_modules/**,**/.git/**}', undefined, token);
          let linted = 0;
          let next = 0;
          const worker = async () => {
            while (!token.isCancellationRequested && next < files.length) {
              const uri = files[next++]!;
              if (await this.lintOne(uri, token)) linted++;
              progress.report({ message: `${linted} of ${files.length}`, increment: 100 / files.length });
            }
          };
          await Promise.all(Array.from({ length: Math.min(PARALLEL, files.length) }, worker));
          return { files: files.length, linted, cancelled: token.isCancellationRequested };
        } finally {
          done();
        }
      },
    );
  }

  /**
   * Opens the file as a document and waits until the server's pushed diagnostics for it are in.
   * How many to expect comes from a `textDocument/diagnostic` request, answered from the same lint.
   */
  private async lintOne(uri: vscode.Uri, token: vscode.CancellationToken): Promise<boolean> {
    const key = uri.toString();
    this.linted.add(key);
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return true; // already live
    const pushed = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).length;
    let expected = -1;
    return new Promise<boolean>((resolve) => {
      let settled = false;
      const finish = (ok: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        sub.dispose();
        cancel.dispose();
        resolve(ok);
      };
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (expected >= 0 && e.uris.some((u) => u.toString() === key) && pushed() === expected) finish(true);
      });
      const cancel = token.onCancellationRequested(() => finish(false));
      const timer = setTimeout(() => finish(false), PER_FILE_TIMEOUT_MS);
      vscode.workspace.openTextDocument(uri).then(
        async () => {
          const report = await (await this.running()).pullDiagnostics(key, token);
          expected = report.kind === 'full' ? report.items.length : pushed();
          if (pushed() === expected) finish(true);
        },
        () => finish(false),
      ).then(undefined, () => finish(false));
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
