import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docsUrl } from '../../core/rule';
import { allRules } from '../../core/rules';

const root = join(__dirname, '../..');
const RULES_MD = join(root, '../shared/spec/RULES.md');

/** The ids RULES.md lists in a table: `| \`id\` | …`. */
function catalogIds(table?: string): string[] {
  const text = readFileSync(RULES_MD, 'utf8');
  const section = table ? text.split(/^## /m).find((s) => s.startsWith(table)) ?? '' : text;
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
}

describe('rule catalog', () => {
  it('every registered rule has its docs page, and its link points there', () => {
    for (const rule of allRules) {
      assert.ok(existsSync(join(root, 'docs/rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md is missing`);
      assert.ok(docsUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`));
    }
  });

  it('every docs page starts with its rule id and has the sections users need', () => {
    for (const rule of allRules) {
      const page = readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${rule.id}\n`), `${rule.id}.md must start with "# ${rule.id}"`);
      for (const section of ['## Why', '## Fails', '## Passes', '## How to fix', '## How to turn it off'])
        assert.ok(page.includes(section), `${rule.id}.md lacks "${section}"`);
    }
  });

  it('rule ids are unique and in kebab-case, with a description', () => {
    const ids = allRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of allRules) {
      assert.match(rule.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      assert.ok(rule.meta.description.en.length > 10);
    }
  });

  (existsSync(RULES_MD) ? describe : describe.skip)('against the spec (../shared/spec/RULES.md; skipped when shared/ is not beside the checkout)', () => {
    it('every rule RULES.md lists is registered, with its severity, status and fix kind', () => {
      const text = readFileSync(RULES_MD, 'utf8');
      const registered = new Map(allRules.map((r) => [r.id, r]));
      for (const m of text.matchAll(/^\| `([a-z0-9-]+)` \| .*? \| (draft|scheduled|held|final|—) \| (error|warning|info) \| (auto|stub|none)/gm)) {
        const [, id, from, severity, fix] = m;
        if (!ISSUE_TABLES.some((t) => catalogIds(t).includes(id!)) && !registered.has(id!)) continue;
        const rule = registered.get(id!);
        assert.ok(rule, `${id} is in RULES.md but not registered`);
        assert.equal(rule.meta.defaultSeverity, severity, `${id} severity`);
        assert.equal(rule.meta.from ?? '—', from, `${id} from`);
        assert.equal(rule.meta.fix, fix, `${id} fix`);
      }
    });

    it('registers no rule that neither RULES.md nor the project\'s format page (docs/format.md) lists', () => {
      // RULES.md is where the catalog started; rules added with the format since are listed in docs/format.md.
      const format = readFileSync(join(root, 'docs/format.md'), 'utf8');
      const listed = new Set([...catalogIds(), ...[...format.matchAll(/^\| \[`([a-z0-9-]+)`\]/gm)].map((m) => m[1]!)]);
      assert.deepEqual(allRules.map((r) => r.id).filter((id) => !listed.has(id)), []);
    });
  });
});

/** The tables whose rules must all exist by now. */
const ISSUE_TABLES = ['Schema and references', 'Outcome of the conversation', 'Preparation'];
