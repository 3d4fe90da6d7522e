import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every rule page lists the sources it cites: each numbered citation [n] has its entry under
 * "References" (参考资料), and each source named in the text (an author, a study, a regulation)
 * has an entry naming it, with a year. Words that mean something only to the people who built
 * the tool ("seed") appear nowhere a user reads.
 */
const root = join(__dirname, '../..');
const NAMED: [RegExp, string][] = [
  [/SBI|Center for Creative Leadership|创新领导力中心/, "Center for Creative Leadership"],
  [/Doran/, "Doran"],
  [/Kluger|DeNisi/, "Kluger"],
  [/Correll|Simard/, "Correll"],
  [/Snyder/, "Snyder"],
  [/Rivera|Tilcsik/, "Rivera"],
  [/CFR|OPM/, "CFR"],
  [/GDPR/, "GDPR"],
  [/\bICO\b/, "Information Commissioner"],
  [/Berkeley/, "Berkeley"],
  [/Workday/, "Workday"],
  [/Oracle/, "Oracle"],
  [/ISO 7064/, "ISO/IEC 7064"],
  [/ISO 13616/, "ISO 13616"],
  [/Luhn/, "Luhn"],
];

const pages = ['docs/rules', 'docs/rules/zh-CN'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)));

describe('rule pages cite only sources they list', () => {
  it('there are pages in both languages', () => assert.ok(pages.length >= 80, String(pages.length)));

  for (const page of pages)
    it(page, () => {
      const text = readFileSync(join(root, page), 'utf8');
      const [body, refs = ''] = text.split(/^## (?:References|参考资料)$/m);
      const entries = refs.split('\n').filter((l) => l.startsWith('- '));
      for (const [, n] of body!.matchAll(/\[(\d+)\](?!\()/g)) assert.ok(entries.some((e) => e.startsWith(`- [${n}] `)), `cites [${n}] but does not list it`);
      for (const [pattern, key] of NAMED)
        if (pattern.test(body!)) assert.ok(entries.some((e) => e.includes(key)), `names ${pattern} but lists no ${key}`);
      for (const e of entries) assert.match(e, /\b(1[89]\d\d|20\d\d)\b/, `entry without a year: ${e}`);
      assert.doesNotMatch(text, /\bseed\b/i);
    });
});
