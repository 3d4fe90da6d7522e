import * as vscode from 'vscode';

const SOURCE = 'review-yaml';

/** Finding counts of the active review file, and a spinner while the workspace is linted. */
export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('reviewYaml.findings', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What is in progress, newest last: the server starting, a workspace lint. */
  private readonly busy: { text: string }[] = [];

  constructor() {
    this.item.name = vscode.l10n.t('Review YAML findings');
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.update();
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

  /** The counts shown now, for tests and for the tooltip. */
  counts(uri: vscode.Uri): { errors: number; warnings: number; infos: number } {
    const ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
    const n = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
    return {
      errors: n(vscode.DiagnosticSeverity.Error),
      warnings: n(vscode.DiagnosticSeverity.Warning),
      infos: n(vscode.DiagnosticSeverity.Information) + n(vscode.DiagnosticSeverity.Hint),
    };
  }

  private update(): void {
    const busy = this.busy.at(-1)?.text;
    if (busy) {
      this.item.text = `$(sync~spin) ${busy}`;
      this.item.tooltip = busy;
      this.item.accessibilityInformation = { label: busy };
      this.item.show();
      return;
    }
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'review-yaml') {
      this.item.hide();
      return;
    }
    const { errors, warnings, infos } = this.counts(doc.uri);
    this.item.text = `$(error) ${errors} $(warning) ${warnings} $(info) ${infos}`;
    this.item.tooltip = vscode.l10n.t('Review YAML: {0} errors, {1} warnings, {2} infos in this file. Click to open Problems.', errors, warnings, infos);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Review YAML: {0} errors, {1} warnings, {2} infos', errors, warnings, infos) };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
