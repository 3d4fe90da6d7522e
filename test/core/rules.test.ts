import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { allRules } from '../../core/rules';
import { FIXTURES, actual, expectations, listFixtures } from '../support/fixtures';

const RULES_DIR = join(FIXTURES, 'rules');

describe('rule fixtures (each rule alone, every other rule off)', () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      const dir = join(RULES_DIR, rule.id);
      const files = existsSync(dir) ? listFixtures(dir) : [];

      it('has fixtures that must fire and fixtures that must stay silent', () => {
        const names = files.map((f) => basename(f));
        assert.ok(names.some((n) => n.startsWith('fires')), `test/fixtures/rules/${rule.id}/ needs a fires-*.review.yaml`);
        assert.ok(names.some((n) => n.startsWith('passes')), `test/fixtures/rules/${rule.id}/ needs a passes-*.review.yaml`);
      });

      for (const file of files) {
        const name = basename(file);
        it(relative(dir, file), () => {
          const expected = expectations(readFileSync(file, 'utf8'));
          if (name.startsWith('fires')) assert.ok(expected.length > 0, `${name} must mark at least one "# expect: ${rule.id}"`);
          if (name.startsWith('passes')) assert.deepEqual(expected, [], `${name} must not expect findings`);
          assert.deepEqual(actual(file, [rule.id]), expected);
        });
      }
    });
  }

  it('has no fixture folder for a rule that does not exist', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const stray = readdirSync(RULES_DIR).filter((d) => !d.startsWith('_') && !ids.has(d));
    assert.deepEqual(stray, []);
  });
});
