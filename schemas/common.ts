import * as z from 'zod';
import { isIsoDateTime } from './plain';

/** Calendar date, ISO 8601: 2026-12-15. */
export const isoDate = z.iso.date({ error: 'should be a date written as YYYY-MM-DD, e.g. 2026-12-15' });

const isDay = (day: string) => isoDate.safeParse(day).success;

/** What `isoDateTime` checks beyond being text (schemas/shape.ts knows it by this name). */
export const isDateTime = (s: string) => isIsoDateTime(s, isDay);

/** Local or zoned ISO 8601 date-time; minutes precision is enough for a meeting. */
export const isoDateTime = z
  .string()
  .refine(
    isDateTime,
    { error: 'should be a date-time written as YYYY-MM-DDTHH:MM, e.g. 2026-12-15T14:30' },
  );

/** Time of day, 24-hour clock: "09:00". */
export const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'should be a time of day written as "HH:MM", e.g. "09:00"' });

export const ruleSeverity = z
  .enum(['error', 'warning', 'info', 'off'])
  .describe('How a finding of this rule is reported: error, warning, info, or off to turn the rule off.');

export const rulesMap = z
  .record(z.string(), ruleSeverity)
  .describe('Severity per rule id, e.g. `absolute-language: off`. See `review-yaml rules` for the ids.');

export const interviewType = z
  .enum(['plan', 'coaching', 'appraisal', 'probation', 'pip'])
  .describe('The kind of interview: `plan` sets goals for the period, `coaching` is a mid-period check, `appraisal` assesses the period, `probation` decides whether a new hire is confirmed, `pip` is a performance-improvement plan.');

export const agendaItem = z
  .strictObject({
    topic: z.string().describe('What this part of the conversation covers.'),
    minutes: z.number().int().positive().optional().describe('Time planned for this part, in minutes.'),
  })
  .describe('One step of the interview procedure.');

export const agenda = z.array(agendaItem).describe('The interview procedure: how to open, what to discuss in which order, and how long each part takes.');

export const privacy = z
  .enum(['gdpr', 'pipl', 'both'])
  .describe(
    'Which law decides what sensitive personal data is: `gdpr` (GDPR Art. 9), `pipl` (China PIPL Art. 28: also financial accounts and whereabouts, not trade-union membership) or `both`. Default: `pipl` when .reviewrc.yaml sets `locale: zh-CN`, else `gdpr`.',
  );

export const policy = z
  .strictObject({
    notice_days: z.number().int().nonnegative().optional().describe('Minimum calendar days between notifying the employee and the meeting (default 3).'),
    workday: z
      .strictObject({
        start: timeOfDay.optional().describe('When the workday starts, "HH:MM" (default "09:00").'),
        end: timeOfDay.optional().describe('When the workday ends, "HH:MM" (default "18:00").'),
      })
      .optional()
      .describe('The working hours meetings should fall within.'),
    shifts: z
      .record(
        z.string(),
        z.strictObject({
          start: timeOfDay.describe('When the shift starts, "HH:MM", e.g. "22:00".'),
          end: timeOfDay.describe('When the shift ends, "HH:MM"; earlier than start for a shift that runs past midnight, e.g. "06:30".'),
        }),
      )
      .optional()
      .describe('Named shift patterns, e.g. `{ early: { start: "07:30", end: "16:00" }, night: { start: "22:00", end: "06:30" } }`; a review picks one with `meeting.shift`, and the meeting is read against it instead of `workday`.'),
    edge_minutes: z.number().int().nonnegative().optional().describe("Keep meetings at least this many minutes away from the workday's start and end (default 30)."),
    min_minutes: z.number().int().positive().optional().describe('Shortest acceptable meeting, in minutes (default 30).'),
    max_improvements: z.number().int().positive().optional().describe('Most improvement areas a review should raise; focus on the few most urgent (default 3).'),
  })
  .describe('Scheduling and focus policy applied to every review that uses this template or configuration.');

/** Text in English and, optionally, Chinese. */
export const localizedText = z
  .strictObject({
    en: z.string().min(1).describe('In English.'),
    'zh-CN': z.string().min(1).optional().describe('In Chinese (simplified); English is shown where it is missing.'),
  })
  .describe('Text in English and Chinese.');

/** The checks a declarative rule can make, by name. */
export const CUSTOM_CHECKS = ['present', 'non_empty', 'matches', 'not_matches', 'one_of', 'min_items', 'forbidden_terms', 'required_terms', 'compare'] as const;

const termsByLanguage = z
  .strictObject({
    en: z.array(z.string().min(1)).optional().describe('Terms in English (matched as whole words, any case).'),
    'zh-CN': z.array(z.string().min(1)).optional().describe('Terms in Chinese (matched anywhere in the text).'),
  })
  .describe('Terms in each language.');

export const customRule = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, { error: 'should be namespaced like "acme/mentoring-rated": lower case, digits and hyphens, one "/"' })
      .describe("The rule's id in your organisation's namespace, e.g. `acme/mentoring-rated`. Use it in `rules:` and `# review-disable` like any rule id."),
    description: localizedText.optional().describe('One line shown by `review-yaml rules`, in SARIF and on hover; default: the English message.'),
    path: z
      .string()
      .min(1)
      .describe('Where to look in the review: keys joined by dots, `[*]` for every item of a list, `[2]` for one item, `[id=mentoring]` for the items whose `id` is `mentoring`, e.g. `competencies[id=mentoring].rating`.'),
    check: z.enum(CUSTOM_CHECKS).describe('What must hold at `path`: present, non_empty, matches / not_matches (`pattern`), one_of (`values`), min_items (`min`), forbidden_terms / required_terms (`terms`), compare (`compare`).'),
    pattern: z.string().optional().describe('For matches / not_matches: a regular expression (JavaScript syntax, case-insensitive).'),
    values: z.array(z.union([z.string(), z.number()])).optional().describe('For one_of: the allowed values.'),
    min: z.number().int().nonnegative().optional().describe('For min_items: the fewest items the list may have.'),
    terms: termsByLanguage.optional().describe('For forbidden_terms / required_terms: the terms, per language.'),
    compare: z
      .strictObject({
        op: z.enum(['<', '<=', '==', '!=', '>=', '>']).describe('How the value compares with the other field.'),
        field: z.string().min(1).describe('The other field, a path from the top of the review, e.g. `period.end`.'),
      })
      .optional()
      .describe('For compare: the value at `path` compared with another field (numbers as numbers, dates and times as text).'),
    message: localizedText.describe('What the finding says; `{path}` and `{value}` are filled in.'),
    severity: z.enum(['error', 'warning', 'info']).optional().describe('Default severity (warning when not given); `rules:` can still change it.'),
    from: z.enum(['draft', 'scheduled', 'held', 'final']).optional().describe('The first review status at which the rule speaks (draft when not given).'),
    docs: z.url({ protocol: /^https?$/ }).optional().describe('A page that explains the rule, shown on hover and in SARIF.'),
  })
  .describe('A house rule written as data: where to look, what must hold, what to say.');

export const customRules = z.array(customRule).describe("The organisation's own rules, declared without code (see docs/custom-rules.md).");

export type CustomRule = z.infer<typeof customRule>;
