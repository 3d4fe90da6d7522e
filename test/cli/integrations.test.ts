import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
