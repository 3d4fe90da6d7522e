import type { Rule } from './types';

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

const DOCS_BASE = 'https://github.com/review-yaml/review-yaml/blob/main/docs/rules/';

/** The page that documents a rule; computed from the id, never typed by hand. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
