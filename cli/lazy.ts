// The engine, loaded on first use rather than at start-up: the rules with their word lists, the
// zod schemas and the YAML parser (cli/engine.ts). An unchanged --cache run, --version, --help or
// a run without a .reviewrc.yaml may never need them. Bundled, they are a file of their own,
// dist/engine.js beside dist/cli.js: a run that does not need them does not even compile them.
import { join } from 'node:path';
import { bundled } from './bundled';
import { longRun, shortRun } from '../node/heap';

type Engine = typeof import('./engine');
let loaded: Engine | undefined;
let short = false;
export const engine = (): Engine => loaded ?? load();

function load(): Engine {
  loaded = (bundled(join(__dirname, 'engine.js')) ?? require('./engine')) as Engine;
  // The run's V8 flags (node/heap.ts), only now: V8 takes a code cache only under the flags it was
  // made with, and the caches of dist/main.js and dist/engine.js are made under none. The worker
  // threads of a long run (--jobs) load the bundles once the flags are set, and so compile them
  // afresh: a few tens of milliseconds a thread, in runs of thousands of files.
  if (short) shortRun();
  else longRun();
  return loaded;
}

/**
 * Says, before the engine loads, that the run is short: it lints one small file. The run then
 * sets the flags of node/heap.ts shortRun instead of longRun's.
 */
export function shortRunAhead(): void {
  short = true;
}
