// The browser bundles (package.json `browser`: the web extension and its language server in a
// worker) must hold no Node built-in, and the extension's must hold no engine: built here with the
// very options scripts/build.mjs uses, and their inputs read from esbuild's metafile.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '../..');
const OPTIONS = resolve(ROOT, 'scripts/browser-options.mjs');

async function inputsOf(entry: string, format: 'cjs' | 'iife'): Promise<string[]> {
  const { browserBundle } = (await import(OPTIONS)) as { browserBundle: Record<string, unknown> };
  const out = await build({ ...browserBundle, absWorkingDir: ROOT, entryPoints: [entry], outfile: 'out.js', format, external: ['vscode'], write: false, logLevel: 'silent' });
  return Object.keys(out.metafile!.inputs);
}

describe('the browser bundles', function () {
  this.timeout(120_000);

  it("the worker's language server: no Node built-in, its files read through the editor", async () => {
    const inputs = await inputsOf('server/browserMain.ts', 'iife');
    assert.deepEqual(inputs.filter((i) => /^node:|^(fs|path|os|url|crypto|child_process|stream)$/.test(i)), []);
    assert.ok(inputs.includes('server/browser/workspace.ts'), 'the browser workspace is in');
    for (const nodeSide of ['server/workspace.ts', 'node/host.ts', 'node/config.ts', 'node/plugins.ts', 'node/reviews.ts', 'server/framing.ts'])
      assert.ok(!inputs.includes(nodeSide), `${nodeSide} stays out`);
    assert.ok(inputs.includes('core/engine.ts'), 'the engine is in the server');
  });

  it('the web extension: no Node built-in and no engine, only the protocol file of the server; the language client a bundle of its own', async () => {
    const notOurs = (inputs: string[]) =>
      inputs.filter((i) => !i.includes('node_modules/')).filter((i) => /^(core|node|schemas|cli)\//.test(i) || (i.startsWith('server/') && i !== 'server/protocol.ts') || /^node:/.test(i));
    // What activation loads: no language client either, it is read just after (client/browser/loadClient.ts).
    const activation = await inputsOf('client/browser/extension.ts', 'cjs');
    assert.deepEqual(notOurs(activation), []);
    assert.deepEqual(activation.filter((i) => i.includes('node_modules/vscode-languageclient/')), [], 'no language client at activation');
    const client = await inputsOf('client/browser/languageClient.ts', 'cjs');
    assert.deepEqual(notOurs(client), []);
    assert.ok(client.some((i) => /vscode-languageclient\/lib\/browser\/main\.js$/.test(i)), 'the browser language client is in its bundle');
  });

  it('fails the build when a Node module gets in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-browser-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, `import { readRegularFile } from '${join(ROOT, 'node/host')}';\nconsole.log(readRegularFile('x'));\n`);
      await assert.rejects(inputsOf(entry, 'iife'), /node:fs/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
