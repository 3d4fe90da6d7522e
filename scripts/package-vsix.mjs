// Builds review-yaml-<version>.vsix with @vscode/vsce. package.json's "files" is the npm package's
// (the CLI) and vsce refuses it next to a .vscodeignore, so the extension is staged in a folder of
// its own: the manifest without "files", and only what .vscodeignore lets through.
//   node scripts/package-vsix.mjs [--no-build] [--out FILE]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd = root) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.argv.includes('--no-build')) run(process.execPath, ['scripts/build.mjs']);

// The `!pattern` lines of .vscodeignore are the extension's contents.
const keep = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1));
const stage = join(root, '.cache/vsix');
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const file of globSync(keep.filter((p) => p !== 'package.json'), { cwd: root, dot: true })) {
  mkdirSync(join(stage, file, '..'), { recursive: true });
  cpSync(join(root, file), join(stage, file));
}
for (const needed of ['dist/extension.js', 'dist/languageClient.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/languageClient.js', 'dist/web/server.js', 'media/preview.js', 'media/calibration.js', 'LICENSE'])
  if (!globSync([needed], { cwd: stage }).length) throw new Error(`${needed} is missing: build first`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// npm's concerns, not the extension's: the bundles carry their dependencies.
for (const key of ['files', 'bin', 'scripts', 'dependencies', 'devDependencies']) delete pkg[key];
writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));

const o = process.argv.indexOf('--out');
const out = o > 0 ? resolve(process.argv[o + 1]) : join(root, `review-yaml-${pkg.version}.vsix`);
run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], stage);
console.log(`${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`);
