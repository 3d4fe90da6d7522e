import * as vscode from 'vscode';

const SOURCE = 'review-yaml';

/**
 * One status bar item for the whole workspace: how many reviews have findings, and a spinner while
 * the server starts or the workspace is linted. VS Code's own item already counts the problems;
 * this one says how many review files they are in, which it does not.
 */
export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reviewYaml.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What is in progress, newest last: the server starting, a workspace lint. */
  private readonly busy: { text: string }[] = [];
  private pending: NodeJS.Timeout | undefined;
  private readonly updated = new vscode.EventEmitter<void>();
  /** Fires after the item changed (for the tests). */
  readonly onDidUpdate = this.updated.event;

  constructor() {
    this.item.name = vscode.l10n.t('Review YAML findings');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // A workspace lint reports file by file: count once per burst, not once per file.
      vscode.languages.onDidChangeDiagnostics(() => {
        this.pending ??= setTimeout(() => {
          this.pending = undefined;
          this.update();
        }, 50);
      }),
    );
    this.update();
  }

  /** Shows `text` with a spinner until the returned function is called. */
  spin(text: string): () => void {
    const entry = { text };
    this.busy.push(entry);
    this.update();
    return () => {
      const i = this.busy.indexOf(entry);
      if (i < 0) return;
      this.busy.splice(i, 1);
      this.update();
    };
  }

  /** Our findings across the workspace: by severity, and the number of files they are in. */
  counts(): { errors: number; warnings: number; infos: number; files: number } {
    const out = { errors: 0, warnings: 0, infos: 0, files: 0 };
    const files = new Set<string>();
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        if (d.source !== SOURCE) continue;
        files.add(uri.toString());
        if (d.severity === vscode.DiagnosticSeverity.Error) out.errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) out.warnings++;
        else out.infos++;
      }
    }
    out.files = files.size;
    return out;
  }

  /** What the item shows now (for the tests). */
  shown(): { text: string; tooltip: string; visible: boolean } {
    return { text: this.item.text, tooltip: String(this.item.tooltip ?? ''), visible: this.visible };
  }

  private visible = false;

  private update(): void {
    const busy = this.busy.at(-1)?.text;
    if (busy) {
      this.item.text = `$(sync~spin) ${busy}`;
      this.item.tooltip = busy;
      this.item.accessibilityInformation = { label: busy };
      this.show(true);
      return;
    }
    const { errors, warnings, infos, files } = this.counts();
    const active = vscode.window.activeTextEditor?.document.languageId === 'review-yaml';
    if (!files && !active) return this.show(false);
    const summary = files === 0 ? vscode.l10n.t('No review findings') : files === 1 ? vscode.l10n.t('1 review with findings') : vscode.l10n.t('{0} reviews with findings', files);
    this.item.text = `$(checklist) ${summary}`;
    this.item.tooltip = vscode.l10n.t('Review YAML: {0} errors, {1} warnings, {2} infos in {3} reviews of the workspace. Click to open Problems.', errors, warnings, infos, files);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Review YAML: {0} errors, {1} warnings, {2} infos in {3} reviews', errors, warnings, infos, files) };
    this.show(true);
  }

  private show(on: boolean): void {
    this.visible = on;
    if (on) this.item.show();
    else this.item.hide();
    this.updated.fire();
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const d of this.subscriptions) d.dispose();
  }
}
