import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import pkg from '../../package.json';
import { ROOT, cli } from '../support/cli';

describe('integrations', () => {
  it('.pre-commit-hooks.yaml runs `review-yaml lint` on *.review.yaml files, with the package bin', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, string>[];
    const hook = hooks.find((h) => h.id === 'review-yaml')!;
    assert.equal(hook.entry, 'review-yaml lint');
    assert.equal(hook.language, 'node');
    const files = new RegExp(hook.files!);
    assert.ok(files.test('reviews/zhang-2026.review.yaml'));
    assert.ok(!files.test('reviews/zhang-2026.review.yaml.bak'));
    assert.ok(!files.test('notes.yaml'));
    assert.equal((pkg.bin as Record<string, string>)['review-yaml'], 'dist/cli.js');
    // pre-commit installs with `npm pack`: dist/cli.js must be built then.
    assert.match((pkg.scripts as Record<string, string>).prepack ?? '', /scripts\/build\.mjs/);
  });

  it('the CI guide uses only options the CLI has', () => {
    const guide = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const help = cli(['lint', '--help']).stdout;
    const used = new Set(guide.match(/--[a-z][a-z-]+/g));
    used.delete('--yes'); // npx's
    assert.ok(used.size >= 10, [...used].join(' '));
    for (const option of used) assert.ok(help.includes(option), `${option} is not in lint --help`);
    assert.match(guide, /github\/codeql-action\/upload-sarif/);
  });

  it('the npm package holds all the CLI needs: its files alone lint the examples', function () {
    this.timeout(60_000);
    // The files `npm pack` would publish (dist/cli.js loads dist/engine.js on first use), copied
    // to an empty folder with no node_modules, then run as a user's install would run them.
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const files = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-pkg-'));
    try {
      for (const f of files) {
        mkdirSync(dirname(join(dir, 'package', f)), { recursive: true });
        cpSync(join(ROOT, f), join(dir, 'package', f));
      }
      cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
      const run = spawnSync(process.execPath, [join(dir, 'package/dist/cli.js'), 'lint', 'examples', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(run.stdout) as { summary: { errors: number } };
      assert.ok(report.summary.errors > 0, 'the examples have errors to find');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
