// Starts code-server (a real VS Code, with the Node extension host) on a free loopback port with
// throw-away user data, extensions and HOME, and Debian's Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, codeServerEntry, node24 } from './install.mjs';

const HOST = '127.0.0.1';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Quiet, predictable workbench: no welcome page, no tips, no trust prompt, no restored windows.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'editor.stickyScroll.enabled': false,
};

/** A fresh copy of the e2e workspace: tests edit and write files in it. */
export function copyWorkspace(from, root) {
  const ws = join(root, 'workspace');
  cpSync(from, ws, { recursive: true });
  return ws;
}

export async function startCodeServer({ env = {}, log = () => {}, vsix, locale } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'review-yaml-e2e-'));
  const home = join(root, 'home');
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  for (const d of [home, userData, extensions, join(userData, 'User')]) mkdirSync(d, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // No extension gallery: the tests install the extension from a folder or a .vsix, and offline
  // every gallery query ends in a getaddrinfo ENOTFOUND trace (an empty gallery is VS Code's "none").
  const childEnv = { ...process.env, ...env, EXTENSIONS_GALLERY: '{}', HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache') };
  if (vsix) {
    // As a user installs it: the packaged extension, not the development folder.
    const r = spawnSync(node24, [codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env: childEnv, encoding: 'utf8' });
    if (r.status !== 0 || !/successfully installed/.test(r.stdout)) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}${r.stderr}`);
  }
  if (locale) registerLanguagePack(userData, extensions, locale);
  const port = await freePort();
  const args = [
    codeServerEntry, '--bind-addr', `${HOST}:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver', '--user-data-dir', userData, '--extensions-dir', extensions,
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(node24, args, {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (b) => {
    output += b;
    if (output.length > 200_000) output = output.slice(-100_000);
    log(String(b));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const origin = `http://${HOST}:${port}`;

  // Ready when /healthz answers; give up if the process dies or after a minute.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const dead = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
    if (dead) throw new Error(`code-server exited (${JSON.stringify(dead)}):\n${output.slice(-4000)}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`code-server did not answer /healthz within 60 s:\n${output.slice(-4000)}`);
    }
  }

  return {
    origin,
    port,
    root,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that runs extension tests (code-server has no --extensionTestsPath). */
export function payloadUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(origin).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
    ['extensionTestsPath', remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * The server resolves a display language from languagepacks.json in the user-data folder, which
 * only the running server writes when a pack is installed through its UI; an install from the
 * command line leaves it out. Write it for the installed test pack (test/e2e/langpack).
 */
function registerLanguagePack(userData, extensions, locale) {
  const dir = readdirSync(extensions).find((d) => d.startsWith('review-yaml-tests.e2e-language-pack-'));
  if (!dir) throw new Error(`no language pack for ${locale} installed in ${extensions}`);
  const manifest = JSON.parse(readFileSync(join(extensions, dir, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const entry = {
    hash: `e2e-${manifest.version}`,
    extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
    translations: { vscode: join(extensions, dir, 'translations/main.i18n.json') },
    label: manifest.contributes.localizations[0].localizedLanguageName,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: entry }));
}
