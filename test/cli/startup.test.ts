import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, workspace } from '../support/cli';

/** The CLI's bundles copied to a folder of their own, so that their code cache can be spoiled. */
function copyOfDist(): string {
  const dir = workspace({});
  mkdirSync(join(dir, 'dist'));
  for (const f of ['cli.js', 'main.js', 'main.js.cache', 'engine.js', 'engine.js.cache']) cpSync(join(ROOT, 'dist', f), join(dir, 'dist', f));
  return dir;
}

/** A one-file lint by the CLI in `dir`/dist (or `cli`): its output, exit code, and what the load probe saw. */
function lintOne(dir: string, paths = ['reviews/zhang-2026-as-held.review.yaml'], cwd = join(ROOT, 'examples'), cli = join(dir, 'dist/cli.js')) {
  const probe = join(dir, 'probe.txt');
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/support/load-probe.cjs'), cli, 'lint', ...paths, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REVIEW_YAML_LOAD_PROBE: probe },
  });
  return { out: r.stdout, err: r.stderr, code: r.status, seen: readFileSync(probe, 'utf8').split('\n') };
}

describe("the CLI's start-up: the code caches of the command line and the engine", () => {
  it('are made by the build and taken by this node', () => {
    const { seen } = lintOne(copyOfDist());
    for (const bundle of ['main.js', 'engine.js']) assert.ok(seen.includes(`${bundle} cache accepted`), seen.join(', '));
  });

  it('--version runs the command line from its cache, and does not load the engine', () => {
    const dir = copyOfDist();
    const probe = join(dir, 'probe.txt');
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/support/load-probe.cjs'), join(dir, 'dist/cli.js'), '--version'], {
      encoding: 'utf8',
      env: { ...process.env, REVIEW_YAML_LOAD_PROBE: probe },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
    const seen = readFileSync(probe, 'utf8').split('\n');
    assert.ok(seen.includes('main.js cache accepted'), seen.join(', '));
    assert.ok(!seen.includes('engine.js'), seen.join(', '));
  });

  for (const bundle of ['main.js', 'engine.js'])
    it(`spoiled, of another build or missing, ${bundle}'s changes nothing but the time`, () => {
      const dir = copyOfDist();
      const good = lintOne(dir);
      assert.ok(good.seen.includes(`${bundle} cache accepted`));
      const cache = join(dir, `dist/${bundle}.cache`);
      const bytes = readFileSync(cache);

      // The same mark, then bytes that are not V8's: offered, refused by V8, compiled afresh.
      writeFileSync(cache, Buffer.concat([bytes.subarray(0, 16), Buffer.alloc(bytes.length - 16, 7)]));
      const spoiled = lintOne(dir);
      assert.ok(spoiled.seen.includes(`${bundle} cache rejected`), spoiled.seen.join(', '));

      // Another build's cache (another mark): never offered to V8.
      writeFileSync(cache, Buffer.concat([Buffer.from('0123456789abcdef'), bytes.subarray(16)]));
      const other = lintOne(dir);
      assert.ok(other.seen.includes(`${bundle} cache none`), other.seen.join(', '));

      rmSync(cache);
      const missing = lintOne(dir);
      assert.ok(missing.seen.includes(`${bundle} cache none`), missing.seen.join(', '));

      for (const run of [spoiled, other, missing]) assert.deepEqual([run.out, run.err, run.code], [good.out, good.err, good.code]);
      assert.equal(good.code, 1);
      assert.ok(JSON.parse(good.out).summary.errors > 0);
    });
});

describe("the CLI's start-up: what a one-file run loads", () => {
  it('no package from node_modules: the file finder is loaded only to walk a glob or a folder', () => {
    // The project's own dist/, above which node_modules holds picomatch, which the file finder
    // (fdir) loads when it is there.
    const dir = workspace({});
    const one = lintOne(dir, undefined, undefined, CLI);
    assert.ok(one.seen.includes('engine.js'), 'the run linted');
    assert.deepEqual(one.seen.filter((s) => s.startsWith('module ')), [], one.seen.join(', '));
    // A folder is walked, and its reviews are linted.
    const folder = lintOne(dir, ['reviews'], undefined, CLI);
    assert.ok((JSON.parse(folder.out) as { files: unknown[] }).files.length > 1, folder.err);
  });

  it('no standard error unless there is something to say on it', () => {
    const dir = workspace({});
    const one = lintOne(dir, undefined, undefined, CLI);
    assert.equal(one.err, '');
    assert.ok(!one.seen.includes('stderr opened'), one.seen.join(', '));
    const missing = lintOne(dir, ['reviews/no-such.review.yaml'], undefined, CLI);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no-such\.review\.yaml/);
    assert.ok(missing.seen.includes('stderr opened'), missing.seen.join(', '));
  });
});

describe("the CLI's start-up: V8's background work", () => {
  const SHORT = 'v8 flags --no-turbofan --no-maglev --no-incremental-marking';
  const LONG = 'v8 flags --no-allocation-site-pretenuring';

  it('is turned off for a run that lints one small file, and the report is the same without it', () => {
    const dir = copyOfDist();
    const one = lintOne(dir);
    assert.ok(one.seen.includes(SHORT), one.seen.join(', '));
    // Set once the engine is loaded: set before, the flags would have cost its code cache.
    assert.ok(one.seen.includes('engine.js cache accepted'), one.seen.join(', '));
    assert.ok(one.seen.includes('v8 flags set after the engine') && !one.seen.includes('v8 flags set before the engine'), one.seen.join(', '));
    assert.ok(!one.seen.includes(LONG), one.seen.join(', '));
    const withIt = spawnSync(process.execPath, [join(dir, 'dist/cli.js'), 'lint', 'reviews/zhang-2026-as-held.review.yaml', '--format', 'json'], {
      cwd: join(ROOT, 'examples'),
      encoding: 'utf8',
    });
    assert.deepEqual([one.out, one.code], [withIt.stdout, withIt.status]);
  });

  it('is kept for more than one file, and for one long file', () => {
    const dir = copyOfDist();
    const two = lintOne(dir, ['reviews/zhang-2026-as-held.review.yaml', 'reviews/liu-2026-annual.review.yaml']);
    assert.ok(!two.seen.includes(SHORT), two.seen.join(', '));
    assert.ok(two.seen.includes('engine.js'), 'the run linted');
    // A long run lints without pretenuring (node/heap.ts), set once the engine is loaded too.
    assert.ok(two.seen.includes(LONG) && two.seen.includes('engine.js cache accepted'), two.seen.join(', '));
    assert.ok(!two.seen.includes('v8 flags set before the engine'), two.seen.join(', '));
    // The same review with 40 KB of comments after it: one file, but not a small one.
    const review = readFileSync(join(ROOT, 'examples/reviews/zhang-2026-as-held.review.yaml'), 'utf8');
    writeFileSync(join(dir, 'long.review.yaml'), `${review}\n${'# a note kept with the review, long enough to make the file long\n'.repeat(640)}`);
    const long = lintOne(dir, ['long.review.yaml'], dir);
    assert.ok(!long.seen.includes(SHORT), long.seen.join(', '));
    assert.ok(long.seen.includes('engine.js'), 'the run linted');
  });
});
