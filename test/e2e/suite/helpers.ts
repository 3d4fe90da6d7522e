import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ReviewYamlApi } from '../../../client/extension';

export const EXTENSION_ID = 'review-yaml.review-yaml';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The extension's API. Its language server may still be starting: see `running`. */
export async function api(): Promise<ReviewYamlApi> {
  const ext = vscode.extensions.getExtension<ReviewYamlApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.activate();
}

/** The extension's API once its language server is running, for tests that talk to the client. */
export async function running(): Promise<ReviewYamlApi & { client: LanguageClient }> {
  const a = await api();
  await a.ready;
  const { client } = a;
  assert.ok(client && client.isRunning(), 'the language client runs once `ready` has resolved');
  return { ...a, client };
}

/**
 * What index.ts saw when it activated the extension, before any test ran: activation is
 * measured there, before any review is opened, so a suite can only look at it afterwards.
 */
export interface ActivationProbe {
  /** From `ext.activate()` until it resolved. */
  activationMs: number;
  /** From `ext.activate()` until the API's `ready` resolved (the language server initialized). */
  serverReadyMs: number;
  /** Whether the language client was already running when `ext.activate()` resolved. */
  runningAtActivation: boolean;
  /** Whether dist/languageClient.js (the client's code, 440 KB) had been loaded by then. */
  clientCodeAtActivation: boolean;
  /** "Export HTML" invoked right after activation, before the server was ready: its file. */
  earlyExport: Promise<vscode.Uri | undefined>;
  /** Where `activationMs` went, by VS Code's own marks (ms): see index.ts. */
  phases?: { beforeLoad: number; load: number; contextWait: number; activate: number };
}

const PROBE = Symbol.for('review-yaml.e2e.activation');

/** Whether the extension host has loaded the language client's bundle. */
export const clientCodeLoaded = (): boolean => Object.keys(require.cache).some((m) => /[\\/]dist[\\/]languageClient\.js$/.test(m));

export function setActivationProbe(probe: ActivationProbe): void {
  (globalThis as Record<symbol, unknown>)[PROBE] = probe;
}

/** Undefined when the extension was already active before index.ts could measure it. */
export function activationProbe(): ActivationProbe | undefined {
  return (globalThis as Record<symbol, unknown>)[PROBE] as ActivationProbe | undefined;
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc);
}

export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'review-yaml');

export const codeOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

/**
 * Resolves with the diagnostics of `uri` once `ok` holds for them: checked now, then on every
 * change event. No polling, no sleeps; mocha's timeout bounds the wait.
 */
export function diagnosticsWhere(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const ds = ours(uri);
      if (!ok(ds)) return false;
      sub.dispose();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

/**
 * Like `diagnosticsWhere`, but checked each time the language client hands diagnostics to VS Code,
 * which is when the editor shows them: `onDidChangeDiagnostics` comes up to 50 ms after that (the
 * extension host debounces it), a wait no user sees. For timing keystroke → diagnostics.
 */
export async function diagnosticsShown(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const { onDidShowDiagnostics } = await api();
  return new Promise((resolve) => {
    const check = () => {
      const ds = ours(uri);
      if (!ok(ds)) return;
      sub.dispose();
      resolve(ds);
    };
    const sub = onDidShowDiagnostics((u) => {
      if (u.toString() === uri.toString()) check();
    });
    check();
  });
}

export const hasCodes = (...codes: string[]) => (ds: vscode.Diagnostic[]) => codes.every((c) => ds.some((d) => codeOf(d) === c));

/** The position of the first occurrence of `needle` in the document, plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in ${doc.uri.path}`);
  return doc.positionAt(at + offset);
}

/** Resolves with the first value `event` fires for which `ok` holds. */
export function once<T>(event: vscode.Event<T>, ok: (v: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((v) => {
      if (!ok(v)) return;
      sub.dispose();
      resolve(v);
    });
  });
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
