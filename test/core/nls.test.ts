import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;
const CJK = /[\u4e00-\u9fff]/;

describe('the extension in English and Simplified Chinese', () => {
  it('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json, and nothing else is', () => {
    const keys = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.deepEqual([...new Set(keys)].sort(), Object.keys(en).sort());
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('no contributed title, description or setting is left as literal text', () => {
    const c = json('package.json').contributes as { configuration: { properties: Record<string, Record<string, unknown>> }; commands: { title: string }[] };
    for (const cmd of c.commands) assert.match(cmd.title, /^%.*%$/);
    for (const [name, p] of Object.entries(c.configuration.properties))
      for (const k of ['description', 'markdownDescription'] as const) if (p[k] !== undefined) assert.match(String(p[k]), /^%.*%$/, name);
  });

  it('the Chinese manifest strings are Chinese, except names', () => {
    const zh = json('package.nls.zh-cn.json');
    const names = new Set(['configuration.title', 'command.category', 'configuration.locale.enum.en']);
    for (const [k, v] of Object.entries(zh)) if (!names.has(k)) assert.match(String(v), CJK, k);
  });

  it('the l10n bundles hold exactly the strings the client passes to vscode.l10n.t, with the same {n} arguments', () => {
    const used = new Set<string>();
    for (const f of readdirSync(join(ROOT, 'client')).filter((f) => f.endsWith('.ts')))
      for (const m of readFileSync(join(ROOT, 'client', f), 'utf8').matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!);
    const zh = json('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    assert.deepEqual(Object.keys(zh).sort(), [...used].sort());
    assert.deepEqual(Object.keys(json('l10n/bundle.l10n.json')).sort(), [...used].sort());
    const args = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
    for (const [k, v] of Object.entries(zh)) {
      assert.equal(args(v), args(k), k);
      assert.match(v, CJK, k);
    }
  });

  it('the Chinese snippet twins are up to date, with the same prefixes and lines, in Chinese', () => {
    const r = spawnSync(process.execPath, ['scripts/snippets-zh.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const en = json('snippets/review.code-snippets') as Record<string, { prefix: unknown; body: string[] }>;
    const zh = json('snippets/review.zh-cn.code-snippets') as Record<string, { name: string; prefix: unknown; description: string; body: string[] }>;
    assert.deepEqual(Object.keys(zh), Object.keys(en));
    for (const [k, s] of Object.entries(zh)) {
      assert.deepEqual(s.prefix, en[k]!.prefix, k);
      assert.equal(s.body.length, en[k]!.body.length, k);
      assert.match(s.name + s.description, CJK, k);
    }
  });

  it('package.json points VS Code at the bundles', () => {
    assert.equal(json('package.json').l10n, './l10n');
  });
});
