// The engine, loaded on first use rather than at start-up: the rules with their word lists, the
// zod schemas and the YAML parser (cli/engine.ts). An unchanged --cache run, --version, --help or
// a run without a .reviewrc.yaml may never need them. Bundled, they are a file of their own,
// dist/engine.js beside dist/cli.js: a run that does not need them does not even compile them.
import { join } from 'node:path';
import { bundled } from './bundled';

type Engine = typeof import('./engine');
let loaded: Engine | undefined;
let then: (() => void)[] = [];
export const engine = (): Engine => loaded ?? load();

function load(): Engine {
  loaded = (bundled(join(__dirname, 'engine.js')) ?? require('./engine')) as Engine;
  for (const f of then) f();
  then = [];
  return loaded;
}

/**
 * Runs `f` once the engine is loaded (at once, if it is), and not at all in a run that never loads
 * it. For V8 flags (node/heap.ts shortRun): V8 takes a code cache only under the flags it was
 * made with, so a flag set before the engine's cache is read would cost the cache.
 */
export function afterEngineLoads(f: () => void): void {
  if (loaded) f();
  else then.push(f);
}
