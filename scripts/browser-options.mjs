// The esbuild options of the browser bundles (the extension and its language server for
// vscode.dev and github.dev): no Node built-in may get in, so esbuild stops at the first one.
// (vscode-languageserver, -client and -jsonrpc: their main entry is the common one; the transports
// are imported by name, `/browser`.)
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Files swapped for their browser twins: the server's file access goes through the editor there. */
const twins = new Map([[join(root, 'server/workspace.ts'), join(root, 'server/browser/workspace.ts')]]);

export const browserTwins = {
  name: 'browser-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const twin = twins.get(resolve(args.resolveDir, args.path) + '.ts');
      return twin ? { path: twin } : undefined;
    });
  },
};

export const browserBundle = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  metafile: true,
  plugins: [browserTwins],
};
