// The type declarations of `review-yaml/testing` (package.json `exports`): tsc declares every
// module the testing entry imports; only those its declarations reach are kept.
//   node scripts/build-types.mjs [outDir]   (default dist/types)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist/types'));
const all = `${out}.all`;
rmSync(all, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.types.json'), '--outDir', all], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const entry = join(all, 'node/testing.d.ts');
const keep = new Set();
const todo = [entry];
while (todo.length) {
  const file = todo.pop();
  if (keep.has(file)) continue;
  keep.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)) {
    const base = join(dirname(file), m[1]);
    const found = [`${base}.d.ts`, join(base, 'index.d.ts')].find(existsSync);
    if (found) todo.push(found);
  }
}
rmSync(out, { recursive: true, force: true });
for (const file of keep) {
  const to = join(out, relative(all, file));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(file, to);
}
rmSync(all, { recursive: true, force: true });
console.log(`${relative(root, out)}: ${keep.size} declaration files for review-yaml/testing`);
