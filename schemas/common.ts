import * as z from 'zod';

/** Calendar date, ISO 8601: 2026-12-15. */
export const isoDate = z.iso.date({ error: 'should be a date written as YYYY-MM-DD, e.g. 2026-12-15' });

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Local or zoned ISO 8601 date-time; minutes precision is enough for a meeting. */
export const isoDateTime = z
  .string()
  .refine(
    (s) => {
      const m = DATE_TIME.exec(s);
      return !!m && isoDate.safeParse(m[1]).success && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
    },
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
  .enum(['plan', 'coaching', 'appraisal'])
  .describe('The kind of interview: `plan` sets goals for the period, `coaching` is a mid-period check, `appraisal` assesses the period.');

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
