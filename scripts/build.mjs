// Bundles each front end into dist/ with esbuild; `tsc --noEmit` does the type checks.
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeBundle } from './esbuild-options.mjs';
import { browserBundle } from './browser-options.mjs';
import { writeCodeCaches } from './code-cache.mjs';
import { asciiOnly } from './ascii.mjs';

const common = nodeBundle;

// dist/cli.js takes core's messages from dist/engine.js (cli/i18n/engineMessages.ts) instead of
// a second copy of the catalogs compiled at every start-up.
const messagesFromEngine = {
  name: 'messages-from-engine',
  setup(b) {
    const core = resolve('core/i18n/index.ts');
    const shim = resolve('cli/i18n/engineMessages.ts');
    b.onResolve({ filter: /\/i18n$/ }, (args) => {
      const target = resolve(args.resolveDir, `${args.path}.ts`);
      const index = resolve(args.resolveDir, args.path, 'index.ts');
      return (target === core || index === core) && args.importer !== shim ? { path: shim } : undefined;
    });
  },
};

const entries = [
  // The command line: dist/cli.js, with a shebang for `bin`, runs dist/main.js with its code cache
  // (cli/launch.ts); the engine is dist/engine.js beside them, required on first use (cli/lazy.ts).
  { entryPoints: ['cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['./main'] },
  { entryPoints: ['cli/main.ts'], outfile: 'dist/main.js', external: ['./engine', 'picomatch'], plugins: [messagesFromEngine] },
  { entryPoints: ['cli/engine.ts'], outfile: 'dist/engine.js' },
  // `review-yaml/testing`: RuleTester and defineRule for plugin authors (package.json `exports`).
  { entryPoints: ['node/testing.ts'], outfile: 'dist/testing.js' },
  // The language server: the whole engine, spoken to over stdio or IPC.
  { entryPoints: ['server/main.ts'], outfile: 'dist/server.js' },
  // The VS Code extension host side: no engine inside. What activation loads is small; the
  // language client, nearly all of the code, is a bundle of its own required after activation.
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './languageClient.js'] },
  { entryPoints: ['client/languageClient.ts'], outfile: 'dist/languageClient.js', external: ['vscode'] },
  // The same extension and server for a web worker extension host (package.json `browser`):
  // vscode.dev, github.dev. esbuild stops at the first Node built-in (scripts/browser-options.mjs).
  // As on the desktop, activation loads a small bundle; the language client is one of its own,
  // read and run just after activation (client/browser/loadClient.ts).
  { ...browserBundle, entryPoints: ['client/browser/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'], define: {}, banner: {} },
  { ...browserBundle, entryPoints: ['client/browser/languageClient.ts'], outfile: 'dist/web/languageClient.js', format: 'cjs', external: ['vscode'], define: {}, banner: {} },
  { ...browserBundle, entryPoints: ['server/browserMain.ts'], outfile: 'dist/web/server.js', format: 'iife', define: {}, banner: {} },
  // The preview page's script (runs in the webview, a browser sandbox).
  { entryPoints: ['client/webview/preview.ts'], outfile: 'media/preview.js', platform: 'browser', format: 'iife', target: 'es2022', define: {}, banner: {} },
  // The calibration report page's script (the same sandbox).
  { entryPoints: ['client/webview/calibration.ts'], outfile: 'media/calibration.js', platform: 'browser', format: 'iife', target: 'es2022', define: {}, banner: {} },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all(entries.map((e) => build({ ...common, ...e })));
// The bundles Node loads, in ASCII (scripts/ascii.mjs): V8 then holds each as one byte a character.
for (const file of ['dist/main.js', 'dist/engine.js', 'dist/server.js'].filter(existsSync)) writeFileSync(file, asciiOnly(readFileSync(file, 'utf8'), file));
// `bin` is run directly (`npx review-yaml`, a global install): it must be executable.
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
// The V8 code caches of the command line and the engine, made by linting the examples (scripts/code-cache.mjs).
if (existsSync('dist/engine.js')) writeCodeCaches('dist/cli.js', ['dist/main.js', 'dist/engine.js'], { cwd: 'examples', args: ['lint', '.'] });
