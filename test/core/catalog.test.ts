import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docsUrl } from '../../core/rule';
import { allRules } from '../../core/rules';

const root = join(__dirname, '../..');

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

  it("every page's table states the rule as registered: severity, status it speaks from, fix kind and tags", () => {
    for (const rule of allRules) {
      const page = readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8');
      const row = /^\| default severity \| speaks from \| fix \| tags \|\n\|[- |]+\|\n\|(.*)\|$/m.exec(page);
      assert.ok(row, `${rule.id}.md has no severity/status/fix/tags table`);
      const [severity, from, fix, tags] = row[1]!.split('|').map((c) => c.trim());
      assert.equal(severity, rule.meta.defaultSeverity, `${rule.id}: severity`);
      assert.equal(from!.startsWith('`') ? from!.replace(/`/g, '') : 'template', rule.meta.from ?? 'template', `${rule.id}: speaks from`);
      assert.equal(fix!.split(':')[0], rule.meta.fix, `${rule.id}: fix`);
      assert.deepEqual(tags!.split(',').map((t) => t.trim()), [...rule.meta.tags], `${rule.id}: tags`);
    }
  });

  it('every page under docs/rules (and docs/rules/zh-CN) is a registered rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const dir of ['docs/rules', 'docs/rules/zh-CN'])
      assert.deepEqual(readdirSync(join(root, dir)).filter((f) => f.endsWith('.md') && !ids.has(f.slice(0, -3))), [], dir);
  });
});

