// The engine, loaded on first use rather than at start-up: the rules with their word lists, the
// zod schemas and the YAML parser (cli/engine.ts). An unchanged --cache run, --version, --help or
// a run without a .reviewrc.yaml may never need them. Bundled, they are a file of their own,
// dist/engine.js beside dist/cli.js: a run that does not need them does not even compile them.
import { readFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

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

/**
 * The last line of a bundle the build gave a V8 code cache (scripts/code-cache.mjs), and the first
 * bytes of that cache: the same mark in both, or the cache is not this bundle's.
 */
export const CODE_CACHE_MARK = '//# review-yaml code cache ';
const MARK_LENGTH = 16;

/**
 * Runs a bundle of dist/ that the build marked, with the machine code V8 made for it in a
 * representative run (`<bundle>.cache`): a one-file run otherwise spends about as long compiling
 * the engine as linting with it. V8 checks the cache against its own version and flags and
 * compiles afresh, silently, when it does not fit; a cache of another build is never offered to
 * it. Not bundled, or not marked: undefined, and the caller requires the module as usual.
 */
function bundled(file: string): unknown {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const at = source.lastIndexOf(CODE_CACHE_MARK);
  if (at < 0) return undefined;
  const mark = source.slice(at + CODE_CACHE_MARK.length, at + CODE_CACHE_MARK.length + MARK_LENGTH);
  let cachedData: Buffer | undefined;
  try {
    const data = readFileSync(`${file}.cache`);
    if (data.subarray(0, MARK_LENGTH).toString('latin1') === mark) cachedData = data.subarray(MARK_LENGTH);
  } catch {
    // no cache: compiled as Node would
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}
