// The extension as shipped: the .vsix size, whether the client bundle carries the engine, and
// the time to load the client bundle (the code-loading part of activation).
//   node bench/extension.mjs [--json FILE]
// Activation in a real VS Code is measured by the e2e host (test/e2e, code-server); this script
// reads that figure from $REVIEW_YAML_ACTIVATION_FILE when the e2e run has written it, and
// otherwise reports the load time below as a lower bound.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure, fmt, median, root } from './lib.mjs';

/** Strings only the engine has: the YAML parser, the schema library and the rules' own words. */
const ENGINE_MARKERS = ['LineCounter', 'parseDocument', 'ZodError', 'safeParse', 'personality-language', 'abrasive', 'praise-missing'];

/**
 * Loads dist/extension.js in a fresh node with a stand-in `vscode` module (every property a
 * no-op) and times the require: parsing and running the bundle's top level, which VS Code does
 * before it calls activate().
 */
function loadTime(rounds) {
  const script = `
const Module = require('node:module');
const stub = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
const t0 = performance.now();
const ext = require(${JSON.stringify(join(root, 'dist/extension.js'))});
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, activate: typeof ext.activate }));`;
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-1)[0] };
    times.push(JSON.parse(r.stdout).ms);
  }
  return { ms: median(times) };
}

export function benchExtension({ rounds = 7 } = {}) {
  const figures = [];
  const bundle = readFileSync(join(root, 'dist/extension.js'), 'utf8');
  const found = ENGINE_MARKERS.filter((m) => bundle.includes(m));
  figures.push(
    figure('client bundle dist/extension.js', fmt(statSync(join(root, 'dist/extension.js')).size / 1024), ' KB', '', undefined),
    figure('engine in the client bundle', found.length ? `yes: ${found.join(', ')}` : 'no', '', 'no engine', !found.length, `searched for ${ENGINE_MARKERS.join(', ')}`),
  );

  const dir = mkdtempSync(join(tmpdir(), 'review-yaml-bench-vsix-'));
  const vsix = join(dir, 'review-yaml.vsix');
  const packaged = spawnSync(process.execPath, ['scripts/package-vsix.mjs', '--no-build', '--out', vsix], { cwd: root, encoding: 'utf8' });
  if (packaged.status === 0 && existsSync(vsix)) figures.push(figure('.vsix size', fmt(statSync(vsix).size / 1024), ' KB', 'report', undefined));
  else figures.push(figure('.vsix size', 'n/a', '', 'report', undefined, `packaging failed: ${(packaged.stderr || packaged.stdout).trim().split('\n').slice(-1)[0]}`));
  rmSync(dir, { recursive: true, force: true });

  const load = loadTime(rounds);
  figures.push(figure('client bundle load (require, stand-in vscode)', load.ms === undefined ? 'n/a' : fmt(load.ms, 1), ' ms', 'part of ≤ 100 ms', load.ms === undefined ? undefined : load.ms <= 100, load.error ?? `median of ${rounds} fresh processes`));

  const file = process.env.REVIEW_YAML_ACTIVATION_FILE;
  if (file && existsSync(file)) {
    const ms = Number(JSON.parse(readFileSync(file, 'utf8')).activationMs);
    figures.push(figure('activation in the e2e host (code-server)', fmt(ms, 1), ' ms', '≤ 100 ms', ms <= 100, file));
  } else
    figures.push(figure('activation in the e2e host (code-server)', 'not measured', '', '≤ 100 ms', undefined, 'the e2e harness does not record it yet: see bench/RESULTS.md'));
  return { figures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./lib.mjs');
  const out = benchExtension();
  printFigures('Extension', out.figures);
  const i = process.argv.indexOf('--json');
  if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(out, null, 2));
}
