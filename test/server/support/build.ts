import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '../../..');
export const SERVER = resolve(REPO, 'dist/server.js');

let built = false;

/** Bundles dist/server.js from the current sources, once per test run. */
export function ensureBuilt(): void {
  if (built) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, `node scripts/build.mjs failed:\n${build.stderr}`);
  built = true;
}
