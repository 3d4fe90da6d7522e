import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The guides for managers and HR exist in both languages, are linked from both READMEs, and every link in them leads somewhere. */
const root = join(__dirname, '../..');
const GUIDES = ['first-review', 'writing-a-template', 'calibration-meeting'];
const pages = GUIDES.flatMap((g) => [`docs/guide/${g}.md`, `docs/guide/zh-CN/${g}.md`]);

describe('guides', () => {
  it('each guide has an English and a Chinese page', () => {
    for (const page of pages) assert.ok(existsSync(join(root, page)), page);
  });

  it('README.md links the English guides and the field reference; docs/README.zh-CN.md the Chinese ones', () => {
    const en = readFileSync(join(root, 'README.md'), 'utf8');
    const zh = readFileSync(join(root, 'docs/README.zh-CN.md'), 'utf8');
    for (const g of GUIDES) {
      assert.ok(en.includes(`(docs/guide/${g}.md)`), `README.md → ${g}`);
      assert.ok(zh.includes(`(guide/zh-CN/${g}.md)`), `README.zh-CN.md → ${g}`);
    }
    assert.ok(en.includes('(docs/reference/fields.md)'));
  });

  it('every relative link in a guide points at a file that exists', () => {
    for (const page of pages) {
      const text = readFileSync(join(root, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        assert.ok(existsSync(join(root, dirname(page), target!)), `${page} → ${target}`);
      }
    }
  });
});
