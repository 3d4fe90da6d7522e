import type { Locale } from './i18n';
import type { Rule } from './types';

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

const DOCS_BASE = 'https://github.com/review-yaml/review-yaml/blob/main/docs/rules/';

/** The page that documents a rule, in the reader's language; computed from the id, never typed by hand. */
export function docsUrl(ruleId: string, locale: Locale = 'en'): string {
  return locale === 'zh-CN' ? `${DOCS_BASE}zh-CN/${ruleId}.md` : `${DOCS_BASE}${ruleId}.md`;
}
