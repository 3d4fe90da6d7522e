// V8 code caches for the bundles the command line runs through cli/bundled.ts (dist/main.js,
// dist/engine.js):
// node 20 has no compile cache of its own (module.enableCompileCache is node ≥ 22.1), and a
// one-file run spent as long compiling the engine as linting with it. Each bundle gets a last
// line with a mark made from its text; one representative run (a lint of the examples) then
// writes `<bundle>.cache`, starting with the same mark, from the code V8 made during the run.
// Written here only, beside the bundles, at build time; the CLI never writes one.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = '//# review-yaml code cache ';
const hook = fileURLToPath(new URL('./code-cache-hook.cjs', import.meta.url));

/** Marks `bundles` (paths under dist/), then writes their caches from a lint of `examples`. */
export function writeCodeCaches(cli, bundles, { cwd, args }) {
  for (const file of bundles) {
    rmSync(`${file}.cache`, { force: true });
    const mark = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
    appendFileSync(file, `\n${MARK}${mark}\n`);
  }
  const run = spawnSync(process.execPath, ['--require', hook, resolve(cli), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if ((run.status !== 0 && run.status !== 1) || run.stderr) throw new Error(`the run that makes the code caches failed (exit ${run.status}): ${run.stderr}`);
  for (const file of bundles) readFileSync(`${file}.cache`); // made, or the build fails here
}
