// The extension tests for the web worker extension host, bundled for the browser (test/e2e/web/run.mjs):
// mocha's browser build, and the results written through vscode.workspace.fs into the workspace
// folder (a worker has no fs, and its console does not reach the runner), for run.mjs to read.
import * as vscode from 'vscode';
import type { ReviewYamlApi } from '../../../../client/extension';
import { figures, measureActivation, setFigures } from './figures';

interface Outcome { title: string; state: 'passed' | 'failed' | 'skipped'; error?: string }
interface BrowserMocha {
  setup(o: { ui: string; reporter: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): { on(event: string, fn: (t: { fullTitle(): string }, err?: Error) => void): void };
}

/** The results file, in the workspace folder; run.mjs removes it. */
export const RESULTS = '.web-e2e-results.json';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<ReviewYamlApi>('review-yaml.review-yaml');
  if (ext && !ext.isActive) setFigures(await measureActivation(ext));
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'bdd', reporter: class Quiet {}, timeout: 60_000, color: false });
  // Loaded once `describe` and `it` exist. With no folder open (the server-less host), the smoke run.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder) require('./web.test');
  else require('./smoke.test');
  const outcomes: Outcome[] = [];
  const failures = await new Promise<number>((resolve) => {
    // Mocha's own run, not the browser build's wrapper around it, which reads the page's `location` (a worker has none).
    const run = (Object.getPrototypeOf(mocha) as BrowserMocha).run;
    const runner = run.call(mocha, resolve);
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('pending', (t) => outcomes.push({ title: t.fullTitle(), state: 'skipped' }));
    runner.on('fail', (t, err) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err) }));
  });
  const count = (s: Outcome['state']) => outcomes.filter((o) => o.state === s).length;
  const json = JSON.stringify({ passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests: outcomes, figures }, null, 2);
  // The server-less host has nowhere to write: its outcome is the exit code, and the failures in the log.
  if (folder) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, RESULTS), new TextEncoder().encode(json));
  else for (const o of outcomes) if (o.error) console.error(`${o.title}: ${o.error}`);
  if (failures) throw new Error(`${failures} web e2e tests failed: ${outcomes.filter((o) => o.error).map((o) => o.error!.split('\n')[0]).join('; ')}`);
}
