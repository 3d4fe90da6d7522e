import { lazily } from '../lazily';
import { defineRule } from '../rule';
import { payTerms } from './lexicon/salary-amount';
import { proseFields } from './text/freetext';
import { fieldTerms, findTerms, quote, readTogether } from './text/match';
import { sentenceAround } from './text/person';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:k|K|m|M|bn|million|thousand|万|千|百万))?`;
/** A currency amount: a symbol or code before the number, or a unit after it. */
const AMOUNT = lazily(() => new RegExp(
  String.raw`(?:(?:US|HK|A|C|S)?\$|[¥￥€£]|\b(?:RMB|CNY|USD|EUR|GBP|HKD|JPY)\s?)\s?${NUM}${SCALE}` +
    String.raw`|${NUM}${SCALE}\s?(?:元|块钱|块|(?:RMB|CNY|USD|EUR|GBP|HKD|yuan|dollars?|euros?|pounds?)(?![\p{L}]))`,
  'gu',
));
/** What every AMOUNT holds: a currency sign, code or unit (tested first: AMOUNT itself is slow to fail). */
const MAY_AMOUNT = /[$¥￥€£元块]|RMB|CNY|USD|EUR|GBP|HKD|JPY|yuan|dollar|euro|pound/;
/** A sum without a currency, written with its scale (1.5万, 8千, 45k): pay when a pay word is in the clause. */
const SCALED = lazily(() => /(?<![\p{L}\d.])\d+(?:\.\d+)?\s?(?:万|千|[kK](?![\p{L}]))|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?[万千](?!分)/gu);
/** Pay as a multiple of pay: "two months' salary", "3 months of pay", "13薪", "2个月工资". */
const MULTIPLE = lazily(() =>
  /(?<![\p{L}\d])(?:\d+(?:\.\d+)?|one|two|three|four|five|six|half a|[一二两三四五六七八九十]+)[\s-]?(?:months?'?s?|weeks?'?s?)\s(?:of\s)?(?:salary|pay|wages?|base)\b|(?<![\d])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s?个?月(?:的)?(?:工资|薪资|薪水|月薪|底薪|base)|(?<![\d])(?:1[3-6]|十[三四五六])薪/giu);
const PERCENT = lazily(() => /[+-]?\d+(?:\.\d+)?\s?(?:%|％|percent\b|个百分点)/giu);
/** "a month", "per hour", "/月", "时薪": an amount of money per period is pay unless the sentence is about business. */
const PER_PERIOD = lazily(() => /(?:\b(?:per|a|an|each)\s+(?:hour|day|month|year|annum|week)\b|\/\s?(?:hour|hr|h|day|month|year|yr|mo|小时|天|日|月|年)(?![\p{L}])|\b(?:monthly|annually|hourly)\b|\bp\.a\.|每小时|每天|每月|每年|月均)/iu);
const BUSINESS = lazily(() => /\b(?:revenue|sales|deals?|orders?|budget|costs?|spend|savings?|contracts?|ARR|MRR|pipeline|quota|target|GMV|invoices?|licen[cs]es?|subscriptions?|fees?|price|pricing|billed|billing|invoiced|charged|rate card|day rate|agency|contractors?|vendors?|suppliers?|renewals?|accounts?|customers?|clients?|lease|rent|grants?|funding|award|ACV|TCV)\b|营收|销售|订单|合同|预算|成本|营业额|业绩|流水|回款|节省|采购|报价|单价|货款/iu);
/** Sentence and clause ends; a comma or dot inside a number ("25,000", "1.2") is not one. */
const CLAUSE = lazily(() => /[。；！？，\n;!?]|[.,](?=\s|$)/gu);
/** AMOUNT and PERCENT both hold an ASCII digit; the Chinese counts may not. */
const MAY_FIGURE = /[\d一二两三四五六七八九十]/;

/** A character every figure holds (MAY_FIGURE), searched for from a place. */
const FIGURE_CHAR = /[\d一二两三四五六七八九十]/g;

/**
 * The clauses of a text that hold a figure, with their offsets (a clause without one holds no
 * finding). Where the next figure is is looked up once for all the clauses before it. Each mark
 * that ends a clause is one character, so a test of CLAUSE says where it is without making a
 * match for every comma of the text.
 */
function clauses(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  let figure = -1;
  const holds = (end: number) => {
    if (figure < at) {
      FIGURE_CHAR.lastIndex = at;
      figure = FIGURE_CHAR.test(text) ? FIGURE_CHAR.lastIndex - 1 : text.length;
    }
    return figure < end;
  };
  const clause = CLAUSE();
  clause.lastIndex = 0;
  while (clause.test(text)) {
    const mark = clause.lastIndex - 1;
    if (holds(mark)) out.push({ text: text.slice(at, mark), at });
    at = clause.lastIndex;
  }
  if (holds(text.length)) out.push({ text: text.slice(at), at });
  return out;
}

/**
 * A pay word in a clause is a pay word in its field (a clause ends at punctuation, which is no
 * part of a word): so a field where the shared read found none has none in any clause. That holds
 * while no pay word has exception phrases (one could cover a word in the field but not in a clause).
 */
const READ_BY_FIELD = !payTerms.some((t) => t.except?.length);
if (READ_BY_FIELD) readTogether(payTerms);

const first = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.exec(s) ?? undefined;
};

export default defineRule({
  id: 'salary-amount',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['privacy'],
  },
  *check({ review, t }) {
    // Every finding needs a figure: text without one is skipped.
    for (const field of proseFields(review)) {
      if (!MAY_FIGURE.test(field.text)) continue;
      const mayPay = !READ_BY_FIELD || fieldTerms(field, payTerms).length > 0;
      for (const clause of clauses(field.text)) {
        const text = clause.text;
        const amount = (MAY_AMOUNT.test(text) ? first(AMOUNT(), text) : undefined);
        const pay = mayPay ? findTerms(text, payTerms)[0] : undefined;
        // Where the finding points: the figure that makes it someone's pay.
        const at = (m: RegExpExecArray) => ({ start: clause.at + m.index, end: clause.at + m.index + m[0].length });
        if (pay) {
          const multiple = first(MULTIPLE(), text);
          const figure = amount ?? multiple ?? first(SCALED(), text);
          const percent = figure ? undefined : first(PERCENT(), text);
          const hit = figure ?? percent;
          if (!hit) continue;
          yield {
            path: field.path,
            inner: at(hit),
            message: t(figure ? 'salary-amount.amount' : 'salary-amount.percent', { term: quote(pay.matched) }),
          };
        } else if (amount && PER_PERIOD().test(text) && !BUSINESS().test(sentenceAround(field.text, clause.at, clause.at + text.length))) {
          // Business is read in the whole sentence: "the renewal with Acme, £420k a year".
          yield { path: field.path, inner: at(amount), message: t('salary-amount.perPeriod') };
        }
      }
    }
  },
});
