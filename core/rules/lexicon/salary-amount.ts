/**
 * Words that make an amount or a percentage someone's pay. A review kept in git is read by more
 * people than a payroll record (UK ICO employment guidance: keep only what is needed, where it
 * is needed). Amounts without them ("closed a ¥1.2M deal", "+12% revenue") are business facts and
 * pass.
 */
import type { Term } from './types';

const PAY = 'Pay is personal data that belongs in the payroll system, not in a file every reader of the repository can see (ICO)';

export const payTerms: readonly Term[] = [
  ...[
    'salary', 'salaries', 'wage', 'wages', 'pay rise', 'pay raise', 'pay increase', 'pay cut', 'pay grade', 'pay band',
    'base pay', 'take-home pay', 'raise', 'bonus', 'bonuses', 'compensation', 'remuneration', 'stipend', 'merit increase',
    'commission', 'earns', 'payslip', 'pay slip',
  ].map((term) => ({ term, lang: 'en' as const, why: PAY })),
  ...['薪', '工资', '奖金', '年终奖', '报酬', '津贴', '提成', '个人收入', '月收入', '年收入', '绩效工资', '调资'].map((term) => ({ term, lang: 'zh' as const, why: PAY })),
];
