// What a user installs with the package: every runtime dependency is one the product's own code
// imports (cli, core, node, server, client); tools for tests, benchmarks and packaging are dev-only.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const PRODUCT = ['cli', 'core', 'node', 'server', 'client', 'schemas'];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The packages a file imports: `from 'x'`, `import('x')`, `require('x')`, scoped or not, subpaths trimmed. */
function imported(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g)) {
    const spec = m[1]!;
    if (spec.startsWith('node:')) continue;
    out.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return out;
}

describe('the package\'s dependencies', () => {
  it('every runtime dependency is imported by the product\'s code, so nothing unused is installed with it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const used = new Set(PRODUCT.flatMap(sources).flatMap((f) => imported(readFileSync(f, 'utf8'))));
    const unused = Object.keys(pkg.dependencies).filter((d) => !used.has(d));
    assert.deepEqual(unused, [], `in "dependencies" but imported by no product code (move to devDependencies or remove): ${unused.join(', ')}`);
  });
});
