import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../core/rules';

const root = join(__dirname, '../..');
const ZH = join(root, 'docs/rules/zh-CN');

/** The six sections of a Chinese rule page, in the order the English page has them. */
const SECTIONS = ['## 检查什么', '## 为什么', '## 不通过', '## 通过', '## 如何修复', '## 如何关闭'];
const CJK = /[\u4e00-\u9fff]/g;

describe('Chinese rule pages (docs/rules/zh-CN)', () => {
  for (const rule of allRules) {
    describe(rule.id, () => {
      const file = join(ZH, `${rule.id}.md`);

      it('exists, starts with its rule id and has the six translated sections in order', () => {
        assert.ok(existsSync(file), `docs/rules/zh-CN/${rule.id}.md is missing`);
        const page = readFileSync(file, 'utf8');
        assert.ok(page.startsWith(`# ${rule.id}\n`), `zh-CN/${rule.id}.md must start with "# ${rule.id}"`);
        let at = -1;
        for (const section of SECTIONS) {
          const i = page.indexOf(`\n${section}\n`);
          assert.ok(i >= 0, `zh-CN/${rule.id}.md lacks "${section}"`);
          assert.ok(i > at, `zh-CN/${rule.id}.md has "${section}" out of order`);
          at = i;
        }
      });

      it('is written in Chinese and keeps the summary table and YAML examples', () => {
        const page = readFileSync(file, 'utf8');
        assert.ok((page.match(CJK) ?? []).length >= 50, `zh-CN/${rule.id}.md has too little Chinese text`);
        assert.match(page, /^\| 默认严重程度 \| 起始状态 \| 修复 \| 标签 \|$/m, `zh-CN/${rule.id}.md lacks the summary table`);
        assert.ok(page.includes('```yaml'), `zh-CN/${rule.id}.md lacks a YAML example`);
        assert.ok(page.includes(`${rule.id}: off`) || page.includes(`review-disable ${rule.id}`),
          `zh-CN/${rule.id}.md does not say how to turn ${rule.id} off`);
      });
    });
  }

  it('has no page for a rule that does not exist, and every link between pages resolves', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const pages = readdirSync(ZH).filter((f) => f.endsWith('.md'));
    assert.deepEqual(pages.filter((f) => !ids.has(f.slice(0, -3))), []);
    for (const page of pages) {
      const text = readFileSync(join(ZH, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g))
        assert.ok(existsSync(join(ZH, target!)), `zh-CN/${page} links to ${target}, which does not exist`);
    }
  });
});
