// The extension test entry, as @vscode/test-electron (and code-server's payload route) expect:
// `run()` resolves when every test passed. Counts and failures also go to the JSON file named by
// REVIEW_YAML_E2E_RESULTS, because a browser host may not forward the extension host's console.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { ReviewYamlApi } from '../../../client/extension';
import { type ActivationProbe, EXTENSION_ID, clientCodeLoaded, setActivationProbe, workspaceUri } from './helpers';

interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'skipped';
  error?: string;
}

/**
 * How long the extension takes to activate, measured before any test opens a review, and how long
 * until its language server is ready (activation does not wait for it). Right after activation,
 * before the server is ready, "Export HTML" is invoked: a command must wait for the server, not
 * assume it runs (activation.test.ts checks the outcome). Written beside the results for run.mjs
 * to print, and to $REVIEW_YAML_ACTIVATION_FILE for bench/extension.mjs.
 */
async function measureActivation(): Promise<ActivationProbe | undefined> {
  const ext = vscode.extensions.getExtension<ReviewYamlApi>(EXTENSION_ID);
  if (!ext || ext.isActive) return undefined;
  const started = Date.now();
  const t0 = performance.now();
  const api = await ext.activate();
  const activationMs = performance.now() - t0;
  const phases = activationPhases(started);
  const runningAtActivation = api.client?.isRunning() ?? false;
  const clientCodeAtActivation = clientCodeLoaded();
  const earlyExport = Promise.resolve(
    vscode.commands.executeCommand<vscode.Uri | undefined>('reviewYaml.exportHtml', workspaceUri('reviews/findings.review.yaml'), workspaceUri('early-export.html')),
  );
  earlyExport.catch(() => undefined); // awaited, and judged, by the test
  let serverReadyMs = Number.NaN;
  // Promise.resolve: an extension without `ready` (one that awaits its server in activate()) counts as ready at once.
  await Promise.resolve(api.ready).then(
    () => (serverReadyMs = performance.now() - t0),
    () => undefined, // the activation suite fails on it
  );
  return { activationMs, serverReadyMs, runningAtActivation, clientCodeAtActivation, earlyExport, ...(phases ? { phases } : {}) };
}

/**
 * Where activation's time went, from the marks VS Code's extension host sets around each
 * activation (an internal API, hence optional; Date.now() resolution): VS Code's work before it
 * loads the code (in a non-English display language, fetching the l10n bundle), loading
 * dist/extension.js, waiting for the extension context (its storage, fetched in parallel with the
 * code) and activate() itself. Only the second and the last are the extension's.
 */
function activationPhases(started: number): ActivationProbe['phases'] {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks?.getMarks();
  const at = (what: string) => marks?.findLast((m) => m.name === `code/extHost/${what}/${EXTENSION_ID}`)?.startTime;
  const [willLoad, didLoad, willActivate, didActivate] = ['willLoadExtensionCode', 'didLoadExtensionCode', 'willActivateExtension', 'didActivateExtension'].map(at);
  if (willLoad === undefined || didLoad === undefined || willActivate === undefined || didActivate === undefined) return undefined;
  return { beforeLoad: willLoad - started, load: didLoad - willLoad, contextWait: willActivate - didLoad, activate: didActivate - willActivate };
}

export async function run(): Promise<void> {
  const probe = await measureActivation();
  if (probe) {
    setActivationProbe(probe);
    const { activationMs, serverReadyMs, phases } = probe;
    // bench/extension.mjs gets the ordinary pass's figures; the zh-cn pass adds VS Code's fetch of the l10n bundle.
    const benchFile = process.env.REVIEW_YAML_E2E_LOCALE ? undefined : process.env.REVIEW_YAML_ACTIVATION_FILE;
    for (const file of [benchFile, process.env.REVIEW_YAML_E2E_RESULTS && `${process.env.REVIEW_YAML_E2E_RESULTS}.activation.json`])
      if (file) writeFileSync(file, JSON.stringify({ activationMs, ...(Number.isFinite(serverReadyMs) ? { serverReadyMs } : {}), ...(phases ? { phases } : {}) }));
  }
  return runMocha();
}

function runMocha(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  // The locale pass runs only the locale suite; the ordinary pass runs everything else.
  const localePass = !!process.env.REVIEW_YAML_E2E_LOCALE;
  for (const f of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort())
    if ((f === 'locale.test.js') === localePass) mocha.addFile(join(__dirname, f));
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const count = (s: Outcome['state']) => outcomes.filter((o) => o.state === s).length;
      const file = process.env.REVIEW_YAML_E2E_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests: outcomes }, null, 2));
      if (failures) reject(new Error(`${failures} e2e tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'skipped' }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
}
