import * as vscode from 'vscode';
import type { RenderParams } from '../server/protocol';
import type { CalibrationPanel } from './calibration';
import type { RunningServer } from './languageServer';
import type { PreviewManager } from './preview';
import type { FindingsStatus } from './statusBar';
import { WorkspaceLint } from './workspaceLint';
import { type FileWriter, workspaceWriter, writeError } from './write';

/** The last segment of a URI's path (a web host has no `path` module). */
const baseName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

const isReview = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === 'review-yaml';

/** The review a command acts on: the one it was invoked on (editor title, Explorer), else the active one. */
function target(arg: unknown, preview: PreviewManager): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document;
  if (isReview(active)) return active.uri;
  return preview.previewedUri;
}

export function registerCommands(
  _context: vscode.ExtensionContext,
  running: RunningServer,
  preview: PreviewManager,
  status: FindingsStatus,
  calibration: CalibrationPanel,
  /** How files the user asks for are written: on the desktop, the one atomic writer (client/diskWriter.ts). */
  write: FileWriter = workspaceWriter,
): vscode.Disposable[] {
  const workspaceLint = new WorkspaceLint(running, status);
  const noReview = () => void vscode.window.showInformationMessage(vscode.l10n.t('Open a *.review.yaml file first.'));
  return [
    workspaceLint,
    vscode.commands.registerCommand('reviewYaml.openPreview', async (arg?: unknown) => {
      const uri = target(arg, preview);
      if (uri) await preview.show(uri, false);
      else noReview();
    }),
    vscode.commands.registerCommand('reviewYaml.openPreviewToSide', async (arg?: unknown) => {
      const uri = target(arg, preview);
      if (uri) await preview.show(uri, true);
      else noReview();
    }),
    vscode.commands.registerCommand('reviewYaml.lintWorkspace', () => workspaceLint.run()),
    vscode.commands.registerCommand('reviewYaml.exportHtml', async (arg?: unknown, out?: unknown) => {
      const uri = target(arg, preview);
      if (!uri) return noReview();
      const dest =
        out instanceof vscode.Uri
          ? out
          : await vscode.window.showSaveDialog({
              defaultUri: uri.with({ path: uri.path.replace(/\.review\.ya?ml$/, '') + '.html' }),
              filters: { HTML: ['html'] },
              title: vscode.l10n.t('Export the review as HTML'),
            });
      if (!dest) return undefined;
      await vscode.workspace.openTextDocument(uri); // the server renders what the editor holds
      const params: RenderParams & Record<string, unknown> = { textDocument: { uri: uri.toString() }, mode: 'standalone' };
      const { html } = await (await running()).render(params);
      try {
        await write(dest, html);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not written: {1}', baseName(dest), writeError(e)));
        return undefined;
      }
      if (!(out instanceof vscode.Uri)) {
        // In a browser the file is in the workspace (or the repository), not on a disk a browser tab could open.
        const offer = dest.scheme === 'file' ? [vscode.l10n.t('Open in Browser')] : [];
        const open = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', baseName(dest)), ...offer);
        if (open) await vscode.env.openExternal(dest);
      }
      return dest;
    }),
    vscode.commands.registerCommand('reviewYaml.newReview', (template?: unknown, dest?: unknown) => newReview(running, write, template, dest)),
    vscode.commands.registerCommand('reviewYaml.calibrationReport', async (arg?: unknown) => {
      // A folder picked in the Explorer, else the workspace's (the first, or the one chosen).
      const folder = arg instanceof vscode.Uri ? arg : (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? (await vscode.window.showWorkspaceFolderPick())?.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
      if (folder) await calibration.show(folder);
      else void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of reviews first.'));
    }),
    // Run by a stub quick fix once its skeleton is inserted: the first placeholder is selected, so typing replaces it.
    vscode.commands.registerCommand('reviewYaml.selectRange', (uri: unknown, range: unknown) => selectRange(uri, range)),
  ];
}

/** Selects `range` (an LSP range) in the editor showing `uri`, and scrolls it into view. */
function selectRange(uri: unknown, range: unknown): void {
  const r = range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  const pos = (p: { line?: unknown; character?: unknown } | undefined) =>
    typeof p?.line === 'number' && typeof p.character === 'number' ? new vscode.Position(p.line, p.character) : undefined;
  const start = pos(r?.start);
  const end = pos(r?.end);
  const target = uri instanceof vscode.Uri ? uri.toString() : vscode.Uri.parse(String(uri)).toString();
  const editor =
    [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((e) => e?.document.uri.toString() === target) ?? undefined;
  if (!editor || !start || !end) return;
  const selection = new vscode.Selection(start, end);
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Picks a template from the workspace by its name, asks where to save, and writes the skeleton the
 * server builds. Another extension or a keybinding may name both instead: `template` (a Uri, or
 * null for none) and `dest` (a Uri); then nothing is asked. Written by `write`: the one atomic
 * writer on the desktop, workspace.fs in a browser (github.dev).
 */
async function newReview(running: RunningServer, write: FileWriter, template?: unknown, dest?: unknown): Promise<vscode.Uri | undefined> {
  if (dest instanceof vscode.Uri && (template === null || template === undefined || template instanceof vscode.Uri))
    return writeNewReview(running, write, template ?? undefined, dest);
  const candidates = await vscode.workspace.findFiles('**/*.review.{yaml,yml}', '**/node_modules/**', 500);
  // Which files are templates is the server's to say: it reads them as the linter does.
  const { kinds, names } = await (await running()).kinds(candidates);
  const templates: { label: string; description: string; uri: vscode.Uri }[] = [];
  for (const [i, uri] of candidates.entries()) {
    if (kinds[i] !== 'template') continue;
    // Shown by its name, as HR wrote it (read by the server); the file's path beside it tells two alike apart.
    templates.push({ label: names[i] || baseName(uri), description: vscode.workspace.asRelativePath(uri), uri });
  }
  const none = { label: vscode.l10n.t('No template'), description: vscode.l10n.t('Start from the default rating scale and policy'), uri: undefined };
  const picked = await vscode.window.showQuickPick([...templates, none], { title: vscode.l10n.t('New review: pick a template'), matchOnDescription: true });
  if (!picked) return undefined;
  const folder = picked.uri ? vscode.workspace.getWorkspaceFolder(picked.uri)?.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri = folder ? vscode.Uri.joinPath(folder, 'new.review.yaml') : undefined;
  const chosen = await vscode.window.showSaveDialog({ defaultUri, filters: { 'Review YAML': ['yaml', 'yml'] }, title: vscode.l10n.t('Save the new review as') });
  if (!chosen) return undefined;
  return writeNewReview(running, write, picked.uri, chosen);
}

async function writeNewReview(running: RunningServer, write: FileWriter, template: vscode.Uri | undefined, dest: vscode.Uri): Promise<vscode.Uri | undefined> {
  const file = dest.with({ path: reviewFileName(dest.path) });
  // The server builds it with core's one skeleton builder, the same as `review-yaml new`.
  const { text } = await (await running()).newReview({ target: { uri: file.toString() }, ...(template ? { template: { uri: template.toString() } } : {}) });
  try {
    await write(file, text);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} was not written: {1}', baseName(file), writeError(e)));
    return undefined;
  }
  await vscode.window.showTextDocument(file);
  return file;
}

/**
 * The name the new review is saved under: `*.review.yaml` (or `.yml`) kept as chosen, a repeated
 * suffix that a save dialog added to the default name collapsed (`new.review.yaml.review.yaml`),
 * anything else given the suffix.
 */
export function reviewFileName(p: string): string {
  const m = /(\.review\.ya?ml)(?:\.review\.ya?ml|\.ya?ml)*$/.exec(p);
  if (m) return p.slice(0, m.index) + m[1];
  return p.replace(/\.ya?ml$/, '') + '.review.yaml';
}
