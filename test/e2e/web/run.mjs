// The web e2e suite: the extension in code-server's web worker extension host (what vscode.dev and
// github.dev run: no Node anywhere on the extension's side), driven by Debian's Chromium. The
// extension is staged as those hosts see it: what the .vsix holds, its manifest without `main`
// (code-server would otherwise run the Node entry in its Node host); the suite is bundled for the
// browser and placed inside it, as VS Code runs a test module in the host of the extension
// holding it. The workspace is examples/ with the team's .reviewrc.yaml (test/e2e/web/workspace)
// and the 150-line review of the typing test; `review-yaml lint` is run on it first, for the
// suite to compare with. Then a smoke run in a server-less host (serverless.mjs), where the
// extension is served over http: and its server's Worker starts from the extension URI, as on
// vscode.dev. Writes {"passed","failed","skipped"} to $SUMMARY_FILE.
//   node test/e2e/web/run.mjs [--verbose] [--screenshots]
// With --screenshots (`npm run screenshots`) the page as the suite leaves it is saved as
// docs/images/web.png for the README.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { globSync } from 'tinyglobby';
import { ensureHost } from '../install.mjs';
import { launchChromium, startCodeServer } from '../host.mjs';
import { startServerless } from './serverless.mjs';

const root = resolve(import.meta.dirname, '../../..');
const verbose = process.argv.includes('--verbose');
const screenshots = process.argv.includes('--screenshots');
const total = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();
const REVIEW = 'reviews/zhang-2026-as-held.review.yaml';

/** The suite as one CommonJS file for the worker: mocha's browser build inside, vscode from the host. */
async function buildSuite(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'test/e2e/web/suite/index.ts')],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}

function workspace(dir) {
  const ws = join(dir, 'workspace');
  cpSync(join(root, 'test/e2e/web/workspace'), ws, { recursive: true });
  cpSync(join(root, 'examples/reviews'), join(ws, 'reviews'), { recursive: true });
  cpSync(join(root, 'examples/templates'), join(ws, 'templates'), { recursive: true });
  cpSync(join(root, 'test/e2e/workspace/reviews/typing.review.yaml'), join(ws, 'reviews/typing.review.yaml'));
  // What the command line finds in the same file with the same template and configuration.
  const lint = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'lint', '--format', 'json', REVIEW], { cwd: ws, encoding: 'utf8' });
  if (lint.status !== 1 || !lint.stdout.startsWith('{')) throw new Error(`review-yaml lint ${REVIEW} (exit ${lint.status}):\n${lint.stdout}${lint.stderr}`);
  mkdirSync(join(ws, '.expected'));
  writeFileSync(join(ws, '.expected/lint.json'), lint.stdout);
  // And what `review-yaml lint --fix` makes of it, on a copy, for "Fix all" to equal.
  const copy = join(dir, 'fixed');
  cpSync(ws, copy, { recursive: true });
  const fixed = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'lint', '--fix', REVIEW], { cwd: copy, encoding: 'utf8' });
  if (fixed.status === null || fixed.status > 1) throw new Error(`review-yaml lint --fix ${REVIEW} (exit ${fixed.status}):\n${fixed.stdout}${fixed.stderr}`);
  cpSync(join(copy, REVIEW), join(ws, '.expected/fixed.yaml'));
  rmSync(copy, { recursive: true, force: true });
  return ws;
}

/** The files the .vsix holds (.vscodeignore's `!` lines), with a manifest that has only the `browser` entry. */
function stageExtension(dir) {
  rmSync(dir, { recursive: true, force: true });
  const keep = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  for (const file of globSync(keep.filter((p) => p !== 'package.json'), { cwd: root, dot: true })) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete pkg.main;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

function payloadUrl(origin, { folder, extension, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extension)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * The review with its squiggles and the preview beside it, in the web worker host: asked for with
 * .expected/screenshot, taken once the suite has written .expected/ready (it waits for the first
 * file to go), unless the suite ends first.
 */
async function screenshot(page, folder, exited) {
  writeFileSync(join(folder, '.expected/screenshot'), '');
  const ready = join(folder, '.expected/ready');
  let ended = false;
  exited.then(() => (ended = true));
  while (!existsSync(ready) && !ended) await new Promise((r) => setTimeout(r, 250));
  if (ended) return;
  await page.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
  await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').getByText('Xiao Zhang').first().waitFor({ timeout: 30_000 });
  const file = join(root, 'docs/images/web.png');
  await page.screenshot({ path: file });
  rmSync(join(folder, '.expected/screenshot'));
  console.log(`web e2e: screenshot ${file}`);
}

async function runSuite(browser, extension, suite) {
  const server = await startCodeServer({ log: verbose ? (s) => process.stdout.write(`[code-server] ${s}`) : undefined });
  try {
    const folder = workspace(server.root);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit;
    const exited = new Promise((r) => (exit = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
      if (verbose || (/error/i.test(type) && !/getaddrinfo|ENOTFOUND|ENOPRO/.test(text))) console.log(`[vscode ${type}] ${text.split('\n')[0]}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.goto(payloadUrl(server.origin, { folder, extension, extensionTestsPath: suite }), { timeout: 120_000 });
    if (screenshots) await screenshot(page, folder, exited);
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 300_000))]);
    await page.close();
    const file = join(folder, '.web-e2e-results.json');
    if (!existsSync(file)) throw new Error(`the web suite wrote no results (exit ${code}); code-server said:\n${server.output().slice(-3000)}`);
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    for (const t of counts.tests) {
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${t.title}${t.error ? `\n      ${t.error.split('\n').slice(0, 8).join('\n      ')}` : ''}`);
    }
    for (const k of Object.keys(total)) total[k] += counts[k];
    if (code !== 0 && !counts.failed) {
      total.failed++;
      console.error(`web e2e: the suite exited ${code}`);
    }
    const f = counts.figures ?? {};
    if (process.env.REVIEW_YAML_WEB_FIGURES) writeFileSync(process.env.REVIEW_YAML_WEB_FIGURES, JSON.stringify(f));
    const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
    console.log(`web e2e: activation ${ms(f.activationMs)}${f.loadMs === undefined ? '' : ` (loading the bundle ${ms(f.loadMs)}, activate() ${ms(f.activateMs)})`}; server worker ready ${ms(f.serverReadyMs)}; first diagnostics of a ${f.firstDiagnosticsLines ?? '?'}-line review ${ms(f.firstDiagnosticsMs)}; edit → diagnostics p50 ${ms(f.editP50Ms)}, p95 ${ms(f.editP95Ms)} (${f.edits ?? 0} edits; onDidChangeDiagnostics, debounced 50 ms by the host, p50 ${ms(f.editEventP50Ms)}; from the change reaching the extension host p50 ${ms(f.changeToShownP50Ms)})`);
  } finally {
    await server.stop();
  }
}

/** The smoke test in the server-less host: its outcome is the exit code the suite reports. */
async function runSmoke(browser, extension) {
  const host = await startServerless({ extensionDir: extension, testsPath: 'web-e2e/index.js' });
  const t0 = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    let exit;
    const exited = new Promise((r) => (exit = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
      if (/web e2e tests failed|Review YAML in a server-less/.test(text)) errors.push(text.split('\n')[0]);
      if (verbose) console.log(`[vscode ${type}] ${text.split('\n')[0]}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.goto(`${host.origin}/`, { timeout: 120_000 });
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 180_000))]);
    await page.close();
    const title = 'server-less host: runs with its server in a Worker from the extension URI, and lints an untitled review';
    if (code === 0) {
      total.passed++;
      console.log(`  ✓ ${title}`);
    } else {
      total.failed++;
      console.log(`  ✗ ${title} (exit ${code})${errors.length ? `\n      ${errors.join('\n      ')}` : ''}`);
    }
    console.log(`web e2e: server-less smoke run in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await host.stop();
  }
}

let browser;
try {
  ensureHost();
  if (!existsSync(join(root, 'dist/web/extension.js')) || !existsSync(join(root, 'dist/web/languageClient.js')) || !existsSync(join(root, 'dist/web/server.js')) || !existsSync(join(root, 'dist/cli.js'))) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  browser = await launchChromium();
  const extension = stageExtension(join(root, '.cache/web-e2e'));
  const suite = await buildSuite(join(extension, 'web-e2e'));
  await runSuite(browser, extension, suite);
  await runSmoke(browser, extension);
} catch (e) {
  total.failed++;
  console.error(`web e2e: FAILED\n${String(e?.stack ?? e)}`);
} finally {
  await browser?.close().catch(() => {});
}
if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(total));
console.log(`web e2e: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(total.failed ? 1 : 0);
