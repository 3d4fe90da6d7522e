/**
 * Words that make an amount or a percentage someone's pay. A review kept in git is read by more
 * people than a payroll record (UK ICO employment guidance: keep only what is needed, where it
 * is needed). Pay is recognised however it is written: a sum, a rate per hour or month, a
 * multiple of pay ("two months' salary", 13薪), a 万/千 amount with or without a currency sign
 * (月薪1.5万). Amounts without them ("closed a ¥1.2M deal", "+12% revenue") are business facts and
 * pass.
 */
import type { Term } from './types';

const PAY = 'Pay is personal data that belongs in the payroll system, not in a file every reader of the repository can see (ICO)';

export const payTerms: readonly Term[] = [
  ...[
    'salary', 'salaries', 'wage', 'wages', 'pay rise', 'pay raise', 'pay increase', 'pay cut', 'pay grade', 'pay band',
    'base pay', 'take-home pay', 'a raise', 'the raise', 'his raise', 'her raise', 'their raise', 'raise of', 'bonus', 'bonuses', 'compensation', 'remuneration', 'stipend', 'merit increase',
    'commission', 'earns', 'payslip', 'pay slip', 'pay rate', 'rate of pay', 'overtime pay',
    'on-target earnings', 'OTE',
  ].map((term) => ({ term, lang: 'en' as const, why: PAY })),
  ...['薪', '工资', '奖金', '年终奖', '报酬', '津贴', '提成', '个人收入', '月收入', '年收入', '绩效工资', '调资', '底薪', '时薪', '日薪', '加班费', '补贴', '补助', '十三薪', '13薪', '涨薪', '加薪', '降薪', '扣薪', '待遇'].map((term) => ({ term, lang: 'zh' as const, why: PAY })),
];
