// Small helpers for the web suite: no Node module may be used here (the suite runs in the worker).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'review-yaml.review-yaml';

export function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)));
}

export async function readText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

export const codeOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'review-yaml');

/** The diagnostics of `uri` once `ok` holds for them: checked now, then each time `changed` fires for `uri`; mocha's timeout bounds the wait. */
function diagnosticsOn(changed: vscode.Event<vscode.Uri>, uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const test = () => {
      const ds = ours(uri);
      if (!ok(ds)) return;
      sub.dispose();
      resolve(ds);
    };
    const sub = changed((u) => {
      if (u.toString() === uri.toString()) test();
    });
    test();
  });
}

/** Each uri of an `onDidChangeDiagnostics` event, one at a time. */
const diagnosticsChanged: vscode.Event<vscode.Uri> = (listener) => vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => listener(u)));

/** The diagnostics of `uri` once `ok` holds for them, checked on every `onDidChangeDiagnostics`. */
export const diagnosticsWhere = (uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> => diagnosticsOn(diagnosticsChanged, uri, ok);

/**
 * Like `diagnosticsWhere`, but checked each time the language client hands diagnostics to VS Code,
 * which is when the editor shows them: `onDidChangeDiagnostics` comes up to 50 ms after that (the
 * extension host debounces it), a wait no user sees. `shown` is the API's `onDidShowDiagnostics`.
 */
export const diagnosticsShown = (shown: vscode.Event<vscode.Uri>, uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> => diagnosticsOn(shown, uri, ok);

/** The first value `event` fires for which `ok` holds. */
export function once<T>(event: vscode.Event<T>, ok: (v: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const sub = event((v) => {
      if (!ok(v)) return;
      sub.dispose();
      resolve(v);
    });
  });
}

export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
