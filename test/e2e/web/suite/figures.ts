// What the web suite measures in the worker, for run.mjs and bench/web.mjs to print.
import type * as vscode from 'vscode';
import type { ReviewYamlApi } from '../../../../client/extension';

export interface Figures {
  /** ext.activate() in the web worker host, ms. */
  activationMs?: number;
  /** From the start of activation until the language server's worker answered `initialize`, ms. */
  serverReadyMs?: number;
  /** From opening a review until its first diagnostics arrived, ms, and its length in lines. */
  firstDiagnosticsMs?: number;
  firstDiagnosticsLines?: number;
  /** Keystroke (an applied edit) → new diagnostics, ms. */
  editP50Ms?: number;
  editP95Ms?: number;
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
  return { activationMs, ...(serverReadyMs === undefined ? {} : { serverReadyMs }) };
}
