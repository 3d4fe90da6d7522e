// Bundles each front end into dist/ with esbuild; `tsc --noEmit` does the type checks.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', legalComments: 'none' };

const entries = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (watch) console.log('esbuild: watch is not set up; rerun npm run build.');
