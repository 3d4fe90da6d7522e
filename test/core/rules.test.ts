import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ConfigFinder } from '../../node/config';
import { nodeHost, slash } from '../../node/host';
import { allRules } from '../../core/rules';
import { type InvalidCase, RuleTester, type ValidCase } from '../../node/testing';
import { FIXTURES, configContext, expectations, listFixtures } from '../support/fixtures';

const RULES_DIR = join(FIXTURES, 'rules');
const configs = new ConfigFinder(configContext);
const host = nodeHost(FIXTURES);

/** A fixture file as a RuleTester case: its `# expect:` comments are the findings it must get. */
function fixtureCase(dir: string, file: string): InvalidCase {
  const text = readFileSync(file, 'utf8');
  const errors = expectations(text).map((e) => {
    const [line, rule] = e.split(' ');
    return { line: Number(line), rule: rule! };
  });
  return { name: relative(dir, file), text, filename: slash(file), config: configs.forFile(file)?.config, host, errors };
}

describe('rule fixtures (each rule alone, every other rule off), through the public RuleTester', () => {
  const tester = new RuleTester();
  for (const rule of allRules) {
    const dir = join(RULES_DIR, rule.id);
    const files = existsSync(dir) ? listFixtures(dir) : [];
    const cases = files.map((f) => fixtureCase(dir, f));
    const fires = cases.filter((c) => basename(c.filename!).startsWith('fires'));
    const passes = cases.filter((c) => basename(c.filename!).startsWith('passes'));

    it(`${rule.id}: has fixtures that must fire (each marks a finding) and fixtures that must stay silent`, () => {
      assert.ok(fires.length, `test/fixtures/rules/${rule.id}/ needs a fires-*.review.yaml`);
      assert.ok(passes.length, `test/fixtures/rules/${rule.id}/ needs a passes-*.review.yaml`);
      for (const c of fires) assert.ok((c.errors as unknown[]).length > 0, `${c.name} must mark at least one "# expect: ${rule.id}"`);
      for (const c of passes) assert.deepEqual(c.errors, [], `${c.name} must not expect findings`);
    });
    tester.run(rule, { valid: passes.map(({ errors: _, ...c }): ValidCase => c), invalid: fires });
  }

  it('has no fixture folder for a rule that does not exist', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const stray = readdirSync(RULES_DIR).filter((d) => !d.startsWith('_') && !ids.has(d));
    assert.deepEqual(stray, []);
  });
});
