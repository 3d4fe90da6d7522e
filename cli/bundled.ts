// Runs a bundle of dist/ with the machine code V8 made for it at build time (scripts/code-cache.mjs):
// dist/main.js, the command line, from dist/cli.js (cli/launch.ts), and dist/engine.js from the
// command line when it first needs the engine (cli/lazy.ts). Node 20 keeps no compiled code
// between runs, and a one-file run otherwise spent about as long compiling as linting.
import { readFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * The last line of a bundle the build gave a V8 code cache (scripts/code-cache.mjs), and the first
 * bytes of that cache: the same mark in both, or the cache is not this bundle's.
 */
export const CODE_CACHE_MARK = '//# review-yaml code cache ';
const MARK_LENGTH = 16;

/**
 * Runs a bundle of dist/ that the build marked, with the machine code V8 made for it in a
 * representative run (`<bundle>.cache`). V8 checks the cache against its own version and flags and
 * compiles afresh, silently, when it does not fit; a cache of another build is never offered to
 * it. The bundle sees `filename` as its __filename (its own path unless told). Not bundled, or not
 * marked: undefined, and the caller requires the module as usual.
 */
export function bundled(file: string, filename = file): unknown {
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
  run.call(module.exports, module.exports, createRequire(file), module, filename, dirname(filename));
  module.loaded = true;
  return module.exports;
}
