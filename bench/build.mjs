// Bundles the floor with the very esbuild options of dist/cli.js (scripts/esbuild-options.mjs) into bench/.out/.
import { build } from 'esbuild';
import { nodeBundle } from '../scripts/esbuild-options.mjs';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');

export async function buildBench() {
  await build({
    entryPoints: { floor: join(root, 'bench/floor.ts'), phases: join(root, 'bench/phases.ts'), lines: join(root, 'bench/lines.ts') },
    outdir: join(root, 'bench/.out'),
    ...nodeBundle,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBench();

/** dist/cli.js and dist/engine.js without minification, for readable profiles (node bench/build.mjs --prof). */
export async function buildProfilingCli() {
  await build({ entryPoints: [join(root, 'cli/main.ts')], outfile: join(root, 'bench/.out/cli-prof.js'), ...nodeBundle, minify: false, external: ['./engine'] });
  await build({ entryPoints: [join(root, 'cli/engine.ts')], outfile: join(root, 'bench/.out/engine.js'), ...nodeBundle, minify: false });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--prof')) await buildProfilingCli();
