// The Calibration Report panel: the report of a folder's reviews (the workspace's, or one picked
// in the Explorer), made by the server (`review/calibrationReport`) with a fresh CSP nonce per
// render, refreshed as reviews change, and one message accepted back: open a file of the folder
// at a line.
import * as vscode from 'vscode';
import type { CalibrationParams, CalibrationResult } from '../server/protocol';
import type { RunningServer } from './languageServer';
import { cspNonce, messagePage, newNonce } from './page';

const VIEW_TYPE = 'reviewYaml.calibration';
const REFRESH_DELAY_MS = 400;

/** The only message the page may send: open a review of the folder at a 0-based line. */
export type CalibrationMessage = { type: 'open'; path: string; line: number };

export function isCalibrationMessage(m: unknown): m is CalibrationMessage {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return false;
  const { type, path, line } = m as Record<string, unknown>;
  return (
    Object.keys(m).length === 3 && type === 'open' && typeof path === 'string' && /\.review\.ya?ml$/.test(path) &&
    Number.isSafeInteger(line) && (line as number) >= 0
  );
}

/** What was last shown, for tests. */
export interface CalibrationRendered {
  folder: string;
  html: string;
  nonce: string;
  result?: CalibrationResult;
}

export class CalibrationPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private folder: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<CalibrationRendered>();
  readonly onDidRender = this.rendered.event;
  last: CalibrationRendered | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly running: RunningServer,
  ) {
    this.subscriptions.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.languageId === 'review-yaml' && this.inFolder(e.document.uri)) this.schedule();
      }),
    );
  }

  /** Opens (or turns to) the report of `folder`. */
  async show(folder: vscode.Uri): Promise<void> {
    if (this.folder?.toString() !== folder.toString()) {
      this.folder = folder;
      this.watch(folder);
    }
    if (this.panel) this.panel.reveal(undefined, false);
    else this.panel = this.createPanel();
    await this.update();
  }

  /** Opens the file of an action item at its line; anything outside the folder is refused. */
  async open(message: CalibrationMessage): Promise<vscode.TextEditor | undefined> {
    const folder = this.folder;
    if (!folder) return undefined;
    const uri = vscode.Uri.joinPath(folder, message.path);
    if (!this.inFolder(uri)) return undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = Math.min(message.line, doc.lineCount - 1);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const pos = new vscode.Position(line, doc.lineAt(line).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private inFolder(uri: vscode.Uri): boolean {
    const base = this.folder?.path.replace(/\/$/, '');
    return !!base && uri.scheme === this.folder!.scheme && uri.path.startsWith(`${base}/`) && !uri.path.split('/').includes('..');
  }

  private watch(folder: vscode.Uri): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.review.{yaml,yml}'));
    const changed = () => this.panel && this.schedule();
    watcher.onDidCreate(changed);
    watcher.onDidChange(changed);
    watcher.onDidDelete(changed);
    this.watcher = watcher;
  }

  private createPanel(): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Calibration Report'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [media],
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isCalibrationMessage(m)) void this.open(m);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      clearTimeout(this.timer);
    });
    return panel;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), REFRESH_DELAY_MS);
  }

  /** Asks the server for the page; a render overtaken by a newer one is dropped. */
  private async update(): Promise<void> {
    const panel = this.panel;
    const folder = this.folder;
    if (!panel || !folder) return;
    const seq = ++this.seq;
    const nonce = newNonce();
    const webview = panel.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'calibration.js')).toString();
    let html: string;
    let result: CalibrationResult | undefined;
    try {
      const params: CalibrationParams = { folder: folder.toString(), nonce, cspSource: webview.cspSource, scriptUri };
      result = await (await this.running()).calibrationReport(params);
      html = result.html;
      if (cspNonce(html) !== nonce) throw new Error(vscode.l10n.t('the page does not carry the security policy made for it'));
    } catch (e) {
      if (seq !== this.seq) return;
      result = undefined;
      html = messagePage(vscode.l10n.t('The calibration report could not be made: {0}', (e as Error).message), { nonce, cspSource: webview.cspSource });
    }
    if (seq !== this.seq || this.panel !== panel) return;
    panel.title = vscode.l10n.t('Calibration Report: {0}', folder.path.slice(folder.path.lastIndexOf('/') + 1));
    webview.html = html;
    this.last = { folder: folder.toString(), html, nonce, ...(result ? { result } : {}) };
    this.rendered.fire(this.last);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.watcher?.dispose();
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}
