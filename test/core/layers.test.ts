// The boundary check (.dependency-cruiser.cjs, run by `npm test`) must fail on a tree that breaks
// the layers: test/fixtures/layers breaks each rule once and holds two import cycles.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TREE = resolve(ROOT, 'test/fixtures/layers');
const DEPCRUISE = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const FOLDERS = ['core', 'node', 'cli', 'server', 'client'];

function cruise(outputType: 'json' | 'err') {
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', resolve(ROOT, '.dependency-cruiser.cjs'), '--output-type', outputType, ...FOLDERS], {
    cwd: TREE,
    encoding: 'utf8',
  });
  return run;
}

describe('layer boundaries (dependency-cruiser)', function () {
  this.timeout(120_000);

  it('names every broken rule in a broken tree, and every import cycle', () => {
    const run = cruise('json');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    const found = report.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    assert.deepEqual(found, [
      'client-speaks-lsp: client/preview.ts -> core/left.ts',
      'core-runs-anywhere: core/disk.ts -> fs',
      'no-cycles: core/left.ts -> core/right.ts',
      'no-cycles: core/other.ts -> core/types.ts',
      'no-cycles: core/parse.ts -> core/types.ts',
      'node-below-front-ends: node/host.ts -> server/workspace.ts',
      'server-not-cli: server/workspace.ts -> cli/config.ts',
    ]);
  });

  it('exits non-zero, as `npm test` runs it', () => {
    const run = cruise('err');
    assert.notEqual(run.status, 0);
    assert.match(run.stdout, /server-not-cli/);
    assert.match(run.stdout, /no-cycles/);
  });
});
