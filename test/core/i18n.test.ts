import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_AGENDA } from '../../core/defaults';
import { isPlaceholder } from '../../core/edits';
import { type Locale, type MessageKey, catalogs, list, localeFromEnv, parseLocale, t, toLocale, tn } from '../../core/i18n';
import { docsUrl } from '../../core/rule';
import { allRules } from '../../core/rules';
import { FIXTURES, lintFixture, listFixtures } from '../support/fixtures';

const CJK = /[\u4e00-\u9fff]/;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((m) => m[1]))].sort();
/** A message without what it quotes from the document ("…") or as code (`…`). */
const ownWords = (s: string) => s.replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '');

/** Every finding, related message and fix title of every rule fixture, linted in `locale`. */
function allMessages(locale: Locale): { file: string; rule: string; text: string }[] {
  const out: { file: string; rule: string; text: string }[] = [];
  for (const rule of allRules) {
    const dir = join(FIXTURES, 'rules', rule.id);
    if (!existsSync(dir)) continue;
    for (const file of listFixtures(dir)) {
      const result = lintFixture(file, [rule.id], locale);
      for (const f of result.findings) {
        out.push({ file, rule: f.rule, text: f.message });
        for (const r of f.related ?? []) out.push({ file, rule: f.rule, text: r.message });
        for (const fix of result.fixesFor(f)) out.push({ file, rule: f.rule, text: fix.title });
      }
    }
  }
  return out;
}

describe('message catalogs (core/i18n)', () => {
  const en = catalogs.en;
  const zh = catalogs['zh-CN'];

  it('en and zh-CN have exactly the same keys', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('every key has the same placeholders in both languages', () => {
    const differ = (Object.keys(en) as MessageKey[]).filter((k) => placeholders(en[k]).join() !== placeholders(zh[k]).join());
    assert.deepEqual(differ.map((k) => `${k}: en {${placeholders(en[k])}} zh-CN {${placeholders(zh[k])}}`), []);
  });

  it('the English catalog holds no Chinese of its own, and every Chinese message is Chinese', () => {
    const keys = Object.keys(en) as MessageKey[];
    // Rule descriptions name the Chinese words the word lists catch (总是, 做得不错 …): those are examples.
    assert.deepEqual(keys.filter((k) => !k.startsWith('description.') && CJK.test(ownWords(en[k]))), []);
    const symbolic = new Set(['cli.render.prefix', 'validate.actual.other', 'competency-not-rated.name.titled', 'cli.error.prefix', 'common.list.sep', 'common.list.and', 'common.list.or', 'meeting-at-day-edge.span', 'meeting-at-day-edge.message', 'competency-not-rated.name', 'render.lang', 'render.enum.hr', 'render.findingCounts', 'yaml.syntax']);
    assert.deepEqual(keys.filter((k) => !symbolic.has(k) && !CJK.test(zh[k]) && !/\{detail\}/.test(zh[k])), []);
  });

  it('each rule has a description in both, read from the catalog once', () => {
    for (const rule of allRules) {
      assert.equal(rule.meta.description.en, en[`description.${rule.id}` as MessageKey], rule.id);
      assert.equal(rule.meta.description['zh-CN'], zh[`description.${rule.id}` as MessageKey], rule.id);
      assert.ok(CJK.test(rule.meta.description['zh-CN'] ?? ''), rule.id);
    }
  });

  it('stub text starts with the TODO marker in both languages, so isPlaceholder still sees it', () => {
    const stubs = (Object.keys(en) as MessageKey[]).filter((k) => /\.stub(\.|$)/.test(k) && en[k].startsWith('TODO'));
    assert.ok(stubs.length >= 5);
    for (const k of stubs) {
      assert.ok(isPlaceholder(en[k]), k);
      assert.ok(isPlaceholder(zh[k]), `${k}: ${zh[k]}`);
    }
    assert.ok(isPlaceholder('TODO：员工做得好的具体事情'));
  });

  it('fills named placeholders, chooses plurals and joins lists per language', () => {
    assert.equal(t('en', 'unit.minutes.other', { n: 30 }), '30 minutes');
    assert.equal(tn('en', 'unit.days', 1), '1 day');
    assert.equal(tn('zh-CN', 'unit.days', 3), '3 天');
    assert.equal(list('en', ['owner', 'due date', 'measure'], 'or'), 'owner, due date or measure');
    assert.equal(list('zh-CN', ['负责人', '截止日期', '衡量标准'], 'and'), '负责人、截止日期和衡量标准');
    assert.equal(t(undefined, 'praise-missing.none'), en['praise-missing.none']);
    // Every placeholder is filled, each as often as it occurs; one without a value stays as written.
    assert.equal(t('en', 'common.list.and', { head: 'a, b', last: 'c' }), 'a, b and c');
    assert.equal(t('en', 'common.list.and', { head: '{last}' }), '{last} and {last}');
    assert.equal(t('en', 'common.list.and', { head: 'x', last: 0 }), 'x and 0');
  });

  it('reads a locale from a tag, an option and the environment (LC_ALL, then LC_MESSAGES, then LANG)', () => {
    assert.equal(toLocale('zh-cn'), 'zh-CN');
    assert.equal(toLocale('zh-tw'), 'zh-CN');
    assert.equal(toLocale('zh_CN.UTF-8'), 'zh-CN');
    assert.equal(toLocale('en-US'), 'en');
    assert.equal(toLocale('de'), 'en');
    assert.equal(toLocale(''), undefined);
    assert.equal(parseLocale('zh-cn'), 'zh-CN');
    assert.equal(parseLocale('fr'), undefined);
    assert.equal(localeFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
    assert.equal(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C' }), 'zh-CN');
    assert.equal(localeFromEnv({ LC_ALL: '', LANG: 'C.UTF-8' }), 'en');
    assert.equal(localeFromEnv({}), 'en');
  });

  it('the default agenda the agenda-missing stub writes has a topic for each item, in both languages', () => {
    DEFAULT_AGENDA.forEach((item, i) => assert.equal(en[`agenda-missing.topic.${i + 1}` as MessageKey], item.topic));
    assert.ok(!Object.hasOwn(en, `agenda-missing.topic.${DEFAULT_AGENDA.length + 1}`));
  });

  it('links the rule pages by language', () => {
    assert.ok(docsUrl('praise-missing').endsWith('/docs/rules/praise-missing.md'));
    assert.ok(docsUrl('praise-missing', 'zh-CN').endsWith('/docs/rules/zh-CN/praise-missing.md'));
  });
});

describe('findings in each language (every rule fixture)', function () {
  this.timeout(60_000);
  const english = allMessages('en');
  const chinese = allMessages('zh-CN');

  it('lints the same findings in both languages', () => {
    assert.ok(english.length > 100);
    assert.equal(chinese.length, english.length);
  });

  it('English: no Chinese in any message, related message or fix title, except quoted document text', () => {
    const bad = english.filter((m) => CJK.test(ownWords(m.text)));
    assert.deepEqual(bad.map((m) => `${m.rule}: ${m.text}`), []);
  });

  it('Simplified Chinese: every message, related message and fix title is in Chinese', () => {
    const bad = chinese.filter((m) => !CJK.test(ownWords(m.text)));
    assert.deepEqual(bad.map((m) => `${m.rule}: ${m.text}`), []);
  });
});

describe('a review written in Chinese, through every language rule', () => {
  const file = join(FIXTURES, 'i18n/language-zh.review.yaml');
  const languageRules = allRules.filter((r) => r.meta.tags.includes('language')).map((r) => r.id);

  it('each language rule fires, in Simplified Chinese, quoting the Chinese words it found', () => {
    const findings = lintFixture(file, languageRules, 'zh-CN').findings;
    const fired = [...new Set(findings.map((f) => f.rule))].sort();
    assert.deepEqual(fired, [...languageRules].sort());
    for (const f of findings) {
      assert.ok(CJK.test(ownWords(f.message)), `${f.rule}: ${f.message}`);
      assert.doesNotMatch(ownWords(f.message), /\b[A-Za-z]{3,} [A-Za-z]{3,}\b/, `${f.rule} speaks English: ${f.message}`);
    }
    const quoted = findings.filter((f) => /"[^"]*[\u4e00-\u9fff][^"]*"/.test(f.message)).map((f) => f.rule);
    for (const id of ['absolute-language', 'vague-feedback', 'personality-language', 'opinion-as-evidence']) assert.ok(quoted.includes(id), id);
  });

  it('the same review in English: the rules speak English and quote the Chinese words', () => {
    const findings = lintFixture(file, languageRules, 'en').findings;
    assert.equal(findings.length, lintFixture(file, languageRules, 'zh-CN').findings.length);
    for (const f of findings) assert.doesNotMatch(ownWords(f.message), CJK, `${f.rule}: ${f.message}`);
  });

  it('reads the same file in English words too', () => {
    assert.match(readFileSync(file, 'utf8'), /kind: review/);
  });
});
