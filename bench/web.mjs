// The extension in a web worker extension host (vscode.dev, github.dev), measured in code-server's
// by the web e2e suite (test/e2e/web): activation, the language server's worker becoming ready,
// the first diagnostics of a 150-line review, and keystroke → diagnostics in the worker; and the
// sizes of the two browser bundles. The machine's load is taken into account by a baseline
// measured in the same run: the time to start `node -e 0`, whose quiet value is about 60 ms.
//   node bench/web.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure, fmt, median, root } from './lib.mjs';

const BUNDLES = ['dist/web/extension.js', 'dist/web/languageClient.js', 'dist/web/server.js'];
const QUIET_NODE_START_MS = 60;

function nodeStartMs(rounds = 5) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export function benchWeb() {
  const figures = [];
  for (const b of BUNDLES)
    if (existsSync(join(root, b))) figures.push(figure(`browser bundle ${b}`, fmt(statSync(join(root, b)).size / 1024), ' KB', 'report', undefined));
  const before = nodeStartMs();
  const dir = mkdtempSync(join(tmpdir(), 'review-yaml-bench-web-'));
  const out = join(dir, 'figures.json');
  const run = spawnSync(process.execPath, ['test/e2e/web/run.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, REVIEW_YAML_WEB_FIGURES: out } });
  const after = nodeStartMs();
  let f = {};
  try {
    f = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    figures.push(figure('web e2e run', 'n/a', '', 'report', undefined, `the web suite wrote no figures: ${(run.stdout + run.stderr).trim().split('\n').slice(-1)[0]}`));
  }
  rmSync(dir, { recursive: true, force: true });
  const load = (before + after) / 2 / QUIET_NODE_START_MS;
  const note = `node -e 0 took ${fmt(before)}/${fmt(after)} ms before/after (≈${fmt(load, 1)}× its quiet ${QUIET_NODE_START_MS} ms)`;
  const add = (name, ms, budget, limit) =>
    ms !== undefined && figures.push(figure(name, fmt(ms, 1), ' ms', `≤ ${limit} ms`, ms <= limit, `${budget}; ${note}`));
  // VS Code's own measure of an extension's activation, what "Developer: Show Running Extensions"
  // shows: loading its code and running activate() (the host's code/extHost/… marks). The wall time
  // of ext.activate() in the test also holds the host's own work before it starts loading the
  // code, which a busy shared machine stretches to seconds: reported beside, not budgeted.
  if (f.loadMs !== undefined)
    add('web: activation (load + activate())', f.loadMs + f.activateMs, `VS Code's marks: loading dist/web/extension.js ${fmt(f.loadMs, 1)} ms, activate() ${fmt(f.activateMs, 1)} ms`, 100);
  else figures.push(figure('web: activation (load + activate())', 'n/a', '', '≤ 100 ms', undefined, 'the host set no activation marks'));
  if (f.activationMs !== undefined)
    figures.push(figure('web: ext.activate() wall time in the test', fmt(f.activationMs, 1), ' ms', 'report', undefined, `the host's own work before it starts loading the code, then the two above; ${note}`));
  add('web: first diagnostics after opening', f.firstDiagnosticsMs, `a ${f.firstDiagnosticsLines ?? '?'}-line review`, 500);
  add('web: edit → diagnostics p50', f.editP50Ms, `${f.edits ?? '?'} edits to when the client hands them to VS Code, p95 ${f.editP95Ms === undefined ? 'n/a' : fmt(f.editP95Ms, 1)} ms`, 10);
  // The edit goes to the window and back before the extension host (and the language client) sees
  // it: what follows is the client, the server's worker and back.
  if (f.editToChangeP50Ms !== undefined)
    figures.push(figure('  of which the edit reaching the extension host, p50', fmt(f.editToChangeP50Ms, 1), ' ms', 'report', undefined, "the edit → onDidChangeTextDocument: the window applies it and tells the host, the editor's own work"));
  if (f.changeToShownP50Ms !== undefined)
    figures.push(figure('  of which from the change reaching the extension host, p50', fmt(f.changeToShownP50Ms, 1), ' ms', 'report', undefined, `onDidChangeTextDocument → diagnostics handed to VS Code: the language client, the server in its worker, and back${f.changeToShownP95Ms === undefined ? '' : `; p95 ${fmt(f.changeToShownP95Ms, 1)} ms`}`));
  if (f.editEventP50Ms !== undefined)
    figures.push(figure('  the same, to onDidChangeDiagnostics, p50', fmt(f.editEventP50Ms, 1), ' ms', 'report', undefined, 'the extension host debounces this event by 50 ms; the markers are shown before it'));
  if (f.serverReadyMs !== undefined) figures.push(figure('web: language server worker ready', fmt(f.serverReadyMs, 1), ' ms', 'report', undefined, 'from the start of activation'));
  return { figures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./lib.mjs');
  printFigures('Web extension (code-server web worker host)', benchWeb().figures);
}
