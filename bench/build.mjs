// Bundles the floor with the same esbuild options as dist/cli.js (scripts/build.mjs) into bench/.out/.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');

export async function buildBench() {
  await build({
    entryPoints: { floor: join(root, 'bench/floor.ts'), phases: join(root, 'bench/phases.ts') },
    outdir: join(root, 'bench/.out'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    minify: true,
    keepNames: true,
    // As scripts/build.mjs: ESM dependencies read import.meta.url; in a CJS bundle it comes from __filename.
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBench();

/** dist/cli.js without minification, for readable profiles (node bench/build.mjs --prof). */
export async function buildProfilingCli() {
  await build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile: join(root, 'bench/.out/cli-prof.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  });
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--prof')) await buildProfilingCli();
