// The esbuild options every Node bundle shares: the CLI, the server, the extension, and the
// benchmark's parse floor, which must be built exactly like the CLI it is compared with.

// Some dependencies ship ESM that reads import.meta.url; in a CJS bundle it comes from __filename.
export const importMetaUrl = "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;";

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: importMetaUrl },
};
