// The preview panel, modelled on VS Code's Markdown preview: one panel that follows the active
// review editor, content rendered by the server (`review/render`), a fresh CSP nonce per render,
// resources only from the extension's media folder, and only `reveal` messages accepted back.
import * as vscode from 'vscode';
import type { RenderParams } from '../server/protocol';
import type { RunningServer } from './languageServer';
import { cspNonce, messagePage, newNonce } from './page';

const VIEW_TYPE = 'reviewYaml.preview';
const UPDATE_DELAY_MS = 300;

/** The only message the page may send: reveal a 0-based line of the previewed document. */
export type PreviewMessage = { type: 'reveal'; line: number };

export function isPreviewMessage(m: unknown): m is PreviewMessage {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return false;
  const keys = Object.keys(m);
  const { type, line } = m as Record<string, unknown>;
  return keys.length === 2 && type === 'reveal' && Number.isSafeInteger(line) && (line as number) >= 0;
}

/** What was last shown, for tests and for export. */
export interface Rendered {
  uri: string;
  version: number;
  html: string;
  nonce: string;
}

export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private resource: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private renderSeq = 0;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<Rendered>();
  /** Fires after each render reached the webview. */
  readonly onDidRender = this.rendered.event;
  last: Rendered | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly running: RunningServer,
  ) {
    this.subscriptions.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.resource?.toString()) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || editor?.document.languageId !== 'review-yaml') return;
        if (editor.document.uri.toString() === this.resource?.toString()) return;
        this.resource = editor.document.uri;
        this.update();
      }),
    );
  }

  get previewedUri(): vscode.Uri | undefined {
    return this.panel ? this.resource : undefined;
  }

  async show(uri: vscode.Uri, toSide: boolean): Promise<void> {
    this.resource = uri;
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, toSide);
    else this.panel = this.createPanel(column, toSide);
    await this.update();
  }

  private createPanel(column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
    const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('Review Preview'),
      { viewColumn: column, preserveFocus },
      { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [media] },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isPreviewMessage(m)) void this.reveal(m.line);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      clearTimeout(this.timer);
    });
    return panel;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** Asks the server for the page; a render overtaken by a newer one is dropped. */
  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.resource;
    if (!panel || !uri) return;
    const seq = ++this.renderSeq;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    const nonce = newNonce();
    const webview = panel.webview;
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js')).toString();
    let page: string;
    try {
      // The server renders the whole page for the webview: our fresh nonce, origin and script.
      const params: RenderParams = { textDocument: { uri: uri.toString() }, mode: 'preview', nonce, cspSource: webview.cspSource, scriptUri };
      ({ html: page } = await (await this.running()).render(params));
      // A page under any other nonce is not shown: its CSP would not be the one made for this render.
      if (cspNonce(page) !== nonce) throw new Error(vscode.l10n.t('the page does not carry the security policy made for it'));
    } catch (e) {
      if (seq !== this.renderSeq) return;
      page = messagePage(vscode.l10n.t('The preview could not be rendered: {0}', (e as Error).message), { nonce, cspSource: webview.cspSource });
    }
    if (seq !== this.renderSeq || this.panel !== panel) return;
    panel.title = vscode.l10n.t('Preview {0}', basename(uri));
    webview.html = page;
    this.last = { uri: uri.toString(), version: doc.version, html: page, nonce };
    this.rendered.fire(this.last);
  }

  private async reveal(line: number): Promise<void> {
    const uri = this.resource;
    if (!uri) return;
    const doc = await vscode.workspace.openTextDocument(uri);
    const target = Math.min(line, doc.lineCount - 1);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? otherColumn(this.panel?.viewColumn),
      preserveFocus: false,
    });
    const pos = new vscode.Position(target, doc.lineAt(target).firstNonWhitespaceCharacterIndex);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
