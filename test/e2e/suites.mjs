// Bundles the extension test suites for the extension host: one file per test file, with mocha
// (from the project's node_modules) and vscode left external. Shared by run.mjs and electron.mjs.
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

export async function buildSuites() {
  const dir = join(root, 'test/e2e/suite');
  // Inside this checkout (not .e2e, which several checkouts may share): two runs never clobber
  // each other, and the suites count as the extension's own code for `vscode.l10n`.
  const outdir = join(root, '.cache/e2e-suite');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(outdir, 'index.js');
}
