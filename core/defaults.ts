import type { ScaleLevel } from '../schemas';
import type { Policy } from './types';

export const DEFAULT_POLICY: Policy = {
  notice_days: 3,
  workday: { start: '09:00', end: '18:00' },
  shifts: {},
  edge_minutes: 30,
  min_minutes: 30,
  max_improvements: 3,
};

export const DEFAULT_SCALE: ScaleLevel[] = [
  { value: 1, label: 'Unsatisfactory', definition: 'Misses most goals and agreed standards' },
  { value: 2, label: 'Needs improvement', definition: 'Misses some goals' },
  { value: 3, label: 'Meets expectations', definition: 'Meets the goals and standards' },
  { value: 4, label: 'Exceeds expectations', definition: 'Exceeds several goals' },
  { value: 5, label: 'Outstanding', definition: 'Exceeds nearly all goals; a model for others' },
];

/** Material ids with a meaning of their own; free text is allowed too. */
export const MATERIAL_IDS = [
  'evaluation-form',
  'performance-records',
  'work-summary',
  'job-description',
  'salary-history',
  'work-plan',
  'responsibility-letter',
  'appraisal-results',
  'previous-review',
] as const;

/** Required materials by interview type, used when no template says otherwise. */
export const DEFAULT_MATERIALS: Record<'plan' | 'coaching' | 'appraisal' | 'probation' | 'pip', string[]> = {
  plan: ['job-description', 'work-plan'],
  coaching: ['responsibility-letter', 'performance-records'],
  appraisal: ['evaluation-form', 'performance-records', 'work-summary', 'job-description'],
  // A probation review judges the new hire against the job and their own account of the months.
  probation: ['evaluation-form', 'job-description', 'work-summary'],
  // An improvement plan rests on the records of the shortfall and on what was said before.
  pip: ['performance-records', 'job-description', 'previous-review'],
};

/** An OKR check-in reviews the key results themselves: no responsibility letter to prepare. */
export const OKR_COACHING_MATERIALS = ['performance-records'];

/**
 * The interview procedure the `agenda-missing` stub proposes when the template has none: open,
 * let the employee speak first, results before judgements, praise before criticism, agree the
 * plan, hear the response, close with the next steps (the performance-interview Q&A's "draw up the procedure").
 */
export const DEFAULT_AGENDA: { topic: string; minutes: number }[] = [
  { topic: 'Opening: the purpose of the conversation and how it will go', minutes: 5 },
  { topic: "The employee's own view of the period", minutes: 10 },
  { topic: 'Results against the goals, with the facts they rest on', minutes: 15 },
  { topic: 'Strengths, then the few areas to improve', minutes: 10 },
  { topic: 'Improvement plan and next goals, agreed together', minutes: 10 },
  { topic: "The employee's response and the support they ask for", minutes: 5 },
  { topic: 'Closing: summary, next steps and the follow-up date', minutes: 5 },
];
