// The e2e suites in a real VS Code: code-server (VS Code's own workbench and Node extension host)
// driven by Debian's Chromium. Runs the extension test suites (test/e2e/suite, the same `run()`
// module @vscode/test-electron runs) on the development folder, then the UI test (ui.mjs) on the
// packaged .vsix, and writes
// {"passed","failed","skipped"} to $SUMMARY_FILE. A host that cannot be installed or started
// counts as a failure, never as a skip.
//   node test/e2e/run.mjs [--ui-only] [--suite-only] [--verbose] [--screenshots]
// The README's picture (of examples/, the UI test's folder) is written to docs/images only with
// --screenshots (`npm run screenshots`),
// so that a test run leaves the working tree as it found it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHost } from './install.mjs';
import { copyWorkspace, launchChromium, payloadUrl, startCodeServer } from './host.mjs';
import { buildSuites } from './suites.mjs';
import { runUiTest } from './ui.mjs';

const root = resolve(import.meta.dirname, '../..');
const flags = new Set(process.argv.slice(2));
const verbose = flags.has('--verbose');
const started = Date.now();
const total = { passed: 0, failed: 0, skipped: 0 };

function finish() {
  if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(total));
  console.log(`e2e: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(total.failed ? 1 : 0);
}

function fail(what, err) {
  total.failed++;
  console.error(`e2e: FAILED ${what}\n${String(err?.stack ?? err)}`);
}

/** A lookup by the host (the workbench's log or code-server's own output) is a failure: nothing should reach for the network. */
function offline(lookups, output, what) {
  const lines = [...lookups, ...output.split('\n').filter((l) => /getaddrinfo|ENOTFOUND/.test(l))];
  if (lines.length) fail(`${what}: the host tried the network ${lines.length} times`, [...new Set(lines.map((l) => l.slice(0, 200)))].slice(0, 5).join('\n'));
  else total.passed++;
}

function ensureExtensionBuilt() {
  if (existsSync(join(root, 'dist/extension.js')) && existsSync(join(root, 'dist/languageClient.js')) && existsSync(join(root, 'dist/server.js')) && existsSync(join(root, 'media/preview.js'))) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('node scripts/build.mjs failed');
}

/**
 * A test-only language pack for `locale` (no translations: the workbench stays English), packaged
 * into `dir`. code-server falls back to English for a locale with no pack installed, and the real
 * pack cannot be downloaded here.
 */
function languagePack(dir) {
  const out = join(dir, 'langpack.vsix');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: join(root, 'test/e2e/langpack'), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging the test language pack failed:\n${r.stdout}${r.stderr}`);
  return out;
}

async function runSuites(browser, { locale } = {}) {
  const suite = await buildSuites();
  const results = join(mkdtempSync(join(tmpdir(), 'review-yaml-e2e-results-')), 'results.json');
  const env = { REVIEW_YAML_E2E_RESULTS: results, ...(locale ? { REVIEW_YAML_E2E_LOCALE: locale } : {}) };
  const vsix = locale ? languagePack(resolve(results, '..')) : undefined;
  const server = await startCodeServer({ env, locale, vsix, log: verbose ? (s) => process.stdout.write(`[code-server] ${s}`) : undefined });
  const t0 = Date.now();
  try {
    const folder = copyWorkspace(join(root, 'test/e2e/workspace'), server.root);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const lookups = [];
    let exit;
    const exited = new Promise((r) => (exit = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
      if (/getaddrinfo|ENOTFOUND/.test(text)) lookups.push(text.split('\n')[0]);
      // The gallery is off on purpose (host.mjs): the workbench saying so is not an error of ours.
      else if (/No extension gallery service configured/.test(text)) return;
      else if (verbose || /error|fail/i.test(type)) console.log(`[vscode ${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    page.on('pageerror', (e) => verbose && console.log(`[page error] ${e.message}`));
    // The workbench's first load can take longer than playwright's 30 s on a busy machine.
    await page.goto(payloadUrl(server.origin, { folder, extensionDevelopmentPath: root, extensionTestsPath: suite }), { timeout: 120_000 });
    const TIMEOUT = 300_000;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
    await page.close();
    let counts;
    try {
      counts = JSON.parse(readFileSync(results, 'utf8'));
    } catch {
      throw new Error(`the extension tests wrote no results (exit ${code}); code-server said:\n${server.output().slice(-3000)}`);
    }
    for (const t of counts.tests) {
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      console.log(`  ${mark} ${t.title}${t.error ? `\n      ${t.error.split('\n').slice(0, 6).join('\n      ')}` : ''}`);
    }
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    // The host is offline and its gallery is off: it must not try the network at all.
    offline(lookups, server.output(), locale ? 'extension tests (zh-cn)' : 'extension tests');
    if (code !== 0 && !counts.failed) fail(`extension tests exited ${code}`, '');
    console.log(`e2e: extension tests${locale ? ` (display language ${locale})` : ''} ${counts.passed} passed, ${counts.failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s (exit ${code})`);
    try {
      // Two figures: activate() does not wait for the language server; the second says when it is usable.
      const { activationMs, serverReadyMs, phases: p } = JSON.parse(readFileSync(`${results}.activation.json`, 'utf8'));
      const ready = serverReadyMs === undefined ? 'never (the server did not start)' : `${serverReadyMs.toFixed(0)} ms`;
      console.log(`e2e: extension activation ${activationMs.toFixed(0)} ms; language server ready ${ready} (both from the start of activation)`);
      if (p) console.log(`e2e:   activation by VS Code's marks: ${p.beforeLoad} ms before loading the code, ${p.load} ms loading dist/extension.js, ${p.contextWait} ms waiting for the extension context, ${p.activate} ms in activate()`);
    } catch {
      // the extension was already active, or the suite did not get that far
    }
    try {
      const k = JSON.parse(readFileSync(`${results}.typing.json`, 'utf8'));
      console.log(`e2e: keystroke → diagnostics in a ${k.lines}-line review: p50 ${k.p50.toFixed(1)} ms, p95 ${k.p95.toFixed(1)} ms, max ${k.max.toFixed(1)} ms (${k.keystrokes} keystrokes)`);
      if (k.eventP50 !== undefined) console.log(`e2e:   onDidChangeDiagnostics, which the extension host debounces by 50 ms, fired at p50 ${k.eventP50.toFixed(1)} ms, p95 ${k.eventP95.toFixed(1)} ms; from the change reaching the extension host to diagnostics shown p50 ${k.changeToShownP50.toFixed(1)} ms`);
    } catch {
      // the locale pass does not type
    }
  } finally {
    await server.stop();
    rmSync(resolve(results, '..'), { recursive: true, force: true });
  }
}

/** The UI test uses the extension as a user gets it: the .vsix, installed into code-server. */
async function runUi(browser) {
  const dir = mkdtempSync(join(tmpdir(), 'review-yaml-vsix-'));
  const vsix = join(dir, 'review-yaml.vsix');
  const packaged = spawnSync(process.execPath, ['scripts/package-vsix.mjs', '--no-build', '--out', vsix], { cwd: root, encoding: 'utf8' });
  if (packaged.status !== 0) throw new Error(`packaging the .vsix failed:\n${packaged.stdout}${packaged.stderr}`);
  const server = await startCodeServer({ vsix, log: verbose ? (s) => process.stdout.write(`[code-server] ${s}`) : undefined });
  rmSync(dir, { recursive: true, force: true });
  try {
    // The examples a user opens first, not the test workspace: the screenshot shows the product as it is met.
    const folder = copyWorkspace(join(root, 'examples'), server.root);
    const counts = await runUiTest({ browser, origin: server.origin, folder, screenshotDir: flags.has('--screenshots') ? join(root, 'docs/images') : join(server.root, 'screenshots'), log: console.log });
    total.passed += counts.passed;
    total.failed += counts.failed;
    offline([], server.output(), 'UI test');
  } finally {
    await server.stop();
  }
}

let browser;
try {
  ensureHost();
  ensureExtensionBuilt();
  browser = await launchChromium();
  if (!flags.has('--ui-only') && !flags.has('--locale-only')) await runSuites(browser).catch((e) => fail('extension tests', e));
  if (!flags.has('--ui-only')) await runSuites(browser, { locale: 'zh-cn' }).catch((e) => fail('extension tests (zh-cn)', e));
  if (!flags.has('--suite-only') && !flags.has('--locale-only')) await runUi(browser).catch((e) => fail('UI test', e));
} catch (e) {
  fail('setting up the VS Code host', e);
} finally {
  await browser?.close().catch(() => {});
}
finish();
