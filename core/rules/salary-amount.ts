import { defineRule } from '../rule';
import { payTerms } from './lexicon/salary-amount';
import { proseFields } from './text/freetext';
import { findTerms, quote } from './text/match';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:k|K|m|M|bn|million|thousand|万|千|百万))?`;
/** A currency amount: a symbol or code before the number, or a unit after it. */
const AMOUNT = new RegExp(
  String.raw`(?:(?:US|HK|A|C|S)?\$|[¥￥€£]|\b(?:RMB|CNY|USD|EUR|GBP|HKD|JPY)\s?)\s?${NUM}${SCALE}` +
    String.raw`|${NUM}${SCALE}\s?(?:元|块钱|块|(?:RMB|CNY|USD|EUR|GBP|HKD|yuan|dollars?|euros?|pounds?)(?![\p{L}]))`,
  'gu',
);
/** What every AMOUNT holds: a currency sign, code or unit (tested first: AMOUNT itself is slow to fail). */
const MAY_AMOUNT = /[$¥￥€£元块]|RMB|CNY|USD|EUR|GBP|HKD|JPY|yuan|dollar|euro|pound/;
const PERCENT = /[+-]?\d+(?:\.\d+)?\s?(?:%|％|percent\b|个百分点)/giu;
/** "a month", "per year", "/月": an amount of money per period is pay unless the sentence is about business. */
const PER_PERIOD = /(?:\b(?:per|a|an|each)\s+(?:month|year|annum|week)\b|\/\s?(?:month|year|yr|mo|月|年)|\bmonthly\b|\bannually\b|\bp\.a\.|每月|每年|月均)/iu;
const BUSINESS = /\b(?:revenue|sales|deals?|orders?|budget|costs?|spend|savings?|contracts?|ARR|MRR|pipeline|quota|target|GMV)\b|营收|销售|订单|合同|预算|成本|营业额|业绩|流水|回款|节省/iu;
/** Sentence and clause ends; a comma or dot inside a number ("25,000", "1.2") is not one. */
const CLAUSE = /[。；！？，\n;!?]|[.,](?=\s|$)/u;
/** AMOUNT and PERCENT both hold an ASCII digit. */
const DIGIT = /\d/;

export default defineRule({
  id: 'salary-amount',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['privacy'],
  },
  *check({ review, t }) {
    // Both findings need an amount or a percentage, so a digit: text without one is skipped.
    for (const field of proseFields(review))
      for (const clause of DIGIT.test(field.text) ? field.text.split(CLAUSE) : []) {
        if (!DIGIT.test(clause)) continue;
        const amounts = MAY_AMOUNT.test(clause) ? [...clause.matchAll(AMOUNT)] : [];
        if (!amounts.length && !clause.match(PERCENT)) continue; // neither finding without one of them
        const pay = findTerms(clause, payTerms)[0];
        if (pay) {
          const percents = [...clause.matchAll(PERCENT)];
          if (!amounts.length && !percents.length) continue;
          yield {
            path: field.path,
            message: t(amounts.length ? 'salary-amount.amount' : 'salary-amount.percent', { term: quote(pay.matched) }),
          };
        } else if (amounts.length && PER_PERIOD.test(clause) && !BUSINESS.test(clause)) {
          yield {
            path: field.path,
            message: t('salary-amount.perPeriod'),
          };
        }
      }
  },
});
