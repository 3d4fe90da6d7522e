// The parse-only floor: what no linter of these files can beat. Bundled by bench/build.mjs into
// bench/.out/floor.js exactly like dist/cli.js (esbuild, minified, CJS), so that module loading
// costs the same kind of work. It does, and only does:
//   1. file discovery: tinyglobby's globSync('**/*.review.yaml') under each argument folder,
//      with the CLI's always-ignored folders (node_modules, .git), then sort — the same call the
//      CLI makes (cli/files.ts), without .gitignore / .reviewrc.yaml lookups;
//   2. read: readFileSync(file, 'utf8') for each file;
//   3. parse: yaml's parseDocument(text, { lineCounter }) with a fresh LineCounter per file;
//   4. print one line: files, parse errors and a checksum of the node counts (so the work is used).
// Nothing else: no schema, no rules, no output formatting.
//   node bench/.out/floor.js <folder…>            one process, one thread
//   node bench/.out/floor.js --file <path> --repeat N --json   the warm floor of one file (server bench)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { LineCounter, parseDocument } from 'yaml';

function parseOne(text: string): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return doc.errors.length * 1_000_000 + lineCounter.lineStarts.length;
}

const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
if (fileAt >= 0) {
  // Warm floor of one file: parse it `repeat` times in this process; report each time in ms.
  const text = readFileSync(args[fileAt + 1]!, 'utf8');
  const repeat = Number(args[args.indexOf('--repeat') + 1] ?? 20);
  const times: number[] = [];
  let sum = 0;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    sum += parseOne(text);
    times.push(performance.now() - t0);
  }
  process.stdout.write(`${JSON.stringify({ times, sum })}\n`);
} else {
  const files: string[] = [];
  for (const arg of args.length ? args : ['.'])
    files.push(...globSync('**/*.review.yaml', { cwd: resolve(arg), absolute: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] }));
  files.sort();
  let sum = 0;
  for (const f of files) sum += parseOne(readFileSync(f, 'utf8'));
  process.stdout.write(`floor: ${files.length} files, checksum ${sum}\n`);
}
