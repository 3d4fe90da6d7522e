// What the web suite measures in the worker, for run.mjs and bench/web.mjs to print.
import type * as vscode from 'vscode';
import type { ReviewYamlApi } from '../../../../client/extension';

export interface Figures {
  /** The wall time of ext.activate() in the web worker host, ms: the host's own work before it loads the code, then the two below. */
  activationMs?: number;
  /** VS Code's own measure of the activation (when it sets its marks): loading the bundle, and activate() itself. Their sum is budgeted. */
  loadMs?: number;
  activateMs?: number;
  /** From the start of activation until the language server's worker answered `initialize`, ms. */
  serverReadyMs?: number;
  /** From opening a review until its first diagnostics arrived, ms, and its length in lines. */
  firstDiagnosticsMs?: number;
  firstDiagnosticsLines?: number;
  /** Keystroke (an applied edit) → new diagnostics handed to VS Code (shown), ms. */
  editP50Ms?: number;
  editP95Ms?: number;
  /** The same, to `onDidChangeDiagnostics`, which the extension host debounces by 50 ms. */
  editEventP50Ms?: number;
  /** Of an edit's time, what follows the change reaching the extension host (onDidChangeTextDocument): the client, the server's worker and back, p50 ms. */
  changeToShownP50Ms?: number;
  changeToShownP95Ms?: number;
  /** The part before: the edit's round trip to the window and back to the extension host (the editor's own), p50 ms. */
  editToChangeP50Ms?: number;
  edits?: number;
}

export const figures: Figures = {};

/** Whether the host had a Node `process` when the suite was loaded (mocha, loaded later, brings a shim of its own). */
export const hostHadProcess = typeof (globalThis as { process?: unknown }).process !== 'undefined';

export function setFigures(f: Figures): void {
  Object.assign(figures, f);
}

export async function measureActivation(ext: vscode.Extension<ReviewYamlApi>): Promise<Figures> {
  const t0 = performance.now();
  const api = await ext.activate();
  const activationMs = performance.now() - t0;
  let serverReadyMs: number | undefined;
  await api.ready.then(
    () => (serverReadyMs = performance.now() - t0),
    () => undefined, // the suite's first test fails on it
  );
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks?.getMarks();
  const at = (what: string) => marks?.findLast((m) => m.name === `code/extHost/${what}/${ext.id}`)?.startTime;
  const [willLoad, didLoad, willActivate, didActivate] = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'].map(at);
  const phases = willLoad !== undefined && didLoad !== undefined && willActivate !== undefined && didActivate !== undefined ? { loadMs: didLoad - willLoad, activateMs: didActivate - willActivate } : {};
  return { activationMs, ...phases, ...(serverReadyMs === undefined ? {} : { serverReadyMs }) };
}
