import * as z from 'zod';
import { agenda, interviewType, isoDate, isoDateTime } from './common';

const person = (who: string, nameRequired = true) =>
  z.strictObject({
    name: nameRequired ? z.string().min(1).describe(`Full name of the ${who}.`) : z.string().min(1).optional().describe(`Full name of the ${who}.`),
    id: z.string().optional().describe(`Staff id of the ${who}.`),
    role: z.string().optional().describe(`Job title of the ${who}.`),
    department: z.string().optional().describe(`Department of the ${who}.`),
  });

export const reviewStatus = z
  .enum(['draft', 'scheduled', 'held', 'final'])
  .describe('Where the review stands: `draft` (being prepared), `scheduled` (meeting booked), `held` (conversation took place), `final` (signed off). Rules about the outcome speak from `held` on.');

export const goalStatus = z.enum(['not-met', 'partly-met', 'met', 'exceeded']).describe('How far the goal was reached.');

const text = (what: string) => z.string().describe(what);

export const goal = z
  .strictObject({
    id: z.string().min(1).optional().describe('Short unique id, used by `strengths[].goal` to point at this goal.'),
    title: text('What the goal is.').optional(),
    measure: text('How reaching it is measured, and from which source.').optional(),
    weight: z.number().min(0).max(100).optional().describe('Share of the overall assessment, in percent. When any goal has a weight, the weights sum to 100.'),
    result: text('What was actually achieved, with its source.').optional(),
    status: goalStatus.optional(),
  })
  .describe('A goal of the period being assessed.');

export const nextGoal = z
  .strictObject({
    id: z.string().min(1).optional().describe('Short unique id of the goal.'),
    title: text('What the goal is.').optional(),
    measure: text('How reaching it will be measured (SMART: Measurable).').optional(),
    due: isoDate.optional().describe('When the goal is due (SMART: Time-related).'),
    weight: z.number().min(0).max(100).optional().describe('Share of next period\'s assessment, in percent. When any next goal has a weight, the weights sum to 100.'),
  })
  .describe("A goal for the next period.");

export const strength = z
  .strictObject({
    text: text('What the employee did well: the situation, the behaviour and its impact.').optional(),
    evidence: text('The fact it rests on: a record, a date, a number.').optional(),
    date: isoDate.optional().describe('When it happened.'),
    goal: z.string().optional().describe('Id of the goal (in `goals`) this relates to.'),
  })
  .describe('Something the employee did well.');

export const improvement = z
  .strictObject({
    id: z.string().min(1).optional().describe('Short unique id, used by `improvement_plan[].addresses`.'),
    text: text('What should improve: the observable behaviour and its impact.').optional(),
    evidence: text('The fact it rests on: a record, a date, a number.').optional(),
    date: isoDate.optional().describe('When it was observed.'),
  })
  .describe('An area to improve.');

export const planItem = z
  .strictObject({
    addresses: z.string().optional().describe('Id of the `improvements` item this plan item addresses.'),
    action: text('What will be done.').optional(),
    owner: text('Who does it.').optional(),
    due: isoDate.optional().describe('By when.'),
    measure: text('How both sides will know it worked.').optional(),
    support: text('What help the company gives.').optional(),
  })
  .describe('A step of the improvement plan.');

export const supportRequest = z
  .strictObject({
    request: text('What the employee asked the company for.').optional(),
    response: z.enum(['approved', 'partly-approved', 'declined', 'pending']).optional().describe("The company's answer."),
    note: text('Detail of the answer or the next step.').optional(),
  })
  .describe('A request for support made by the employee.');

export const score = z
  .union([
    z.number().describe('The overall score, a value of the rating scale.'),
    z.strictObject({
      value: z.number().optional().describe('The overall score, a value of the rating scale.'),
      rationale: text('Why this score: the results and behaviours it rests on.').optional(),
    }),
  ])
  .describe('The overall score: a number of the rating scale, or `{ value, rationale }`.');

export const employeeResponse = z
  .strictObject({
    agreement: z.enum(['agree', 'partly-agree', 'disagree']).optional().describe("Whether the employee agrees with the assessment."),
    comment: text("The employee's own words on the assessment.").optional(),
    appeal: z
      .strictObject({
        requested: z.boolean().optional().describe('Whether the employee asked for the assessment to be reviewed.'),
        channel: text('Where the appeal goes, e.g. the HR business partner.').optional(),
        status: z.string().optional().describe('Where the appeal stands, e.g. open or closed.'),
      })
      .optional()
      .describe('A request to have the assessment reviewed by someone else.'),
  })
  .describe("The employee's response to the assessment.");

export const signoff = z
  .strictObject({
    role: z.enum(['employee', 'reviewer', 'approver', 'hr']).optional().describe('Who signs.'),
    name: text('Name of the person signing.').optional(),
    on: isoDate.optional().describe('Date of signature.'),
  })
  .describe('A signature; it confirms receipt of the record, not agreement with it.');

export const reviewSchema = z
  .strictObject({
    kind: z.literal('review').describe('Marks this file as a performance interview record.'),
    template: z.string().optional().describe('Path of the template this review follows, relative to this file.'),
    type: interviewType,
    status: reviewStatus,
    period: z
      .strictObject({ start: isoDate.optional().describe('First day of the period.'), end: isoDate.optional().describe('Last day of the period.') })
      .describe('The period the review covers.'),
    employee: person('employee').describe('The employee being reviewed.'),
    reviewer: person('reviewer').describe('The manager who holds the interview.'),
    approver: person('approver', false).optional().describe('The higher-level reviewer who confirms the assessment.'),
    meeting: z
      .strictObject({
        at: isoDateTime.optional().describe('When the interview starts, e.g. 2026-12-15T14:30.'),
        minutes: z.number().int().positive().optional().describe('Planned length, in minutes.'),
        notified_on: isoDate.optional().describe('When the employee was told of the meeting.'),
        location: z.string().optional().describe('Where the interview takes place.'),
        setting: z.enum(['private-room', 'video-call', 'open-office', 'other']).optional().describe('What kind of place it is.'),
        agenda: agenda.optional(),
        shift: z.string().optional().describe("The employee's shift, one of the policy's `shifts` (e.g. `night`): the meeting is read against its hours."),
      })
      .optional()
      .describe('The interview meeting: when, how long, where, and its procedure.'),
    materials: z.array(z.string()).optional().describe('What the reviewer prepared: material ids such as `evaluation-form`, or free text.'),
    goals: z.array(goal).optional().describe("The period's goals being assessed."),
    competencies: z
      .array(
        z.strictObject({
          id: z.string().optional().describe("Id of a competency in the template."),
          rating: z.number().optional().describe('Rating on the scale.'),
          comment: text('What the rating rests on.').optional(),
        }),
      )
      .optional()
      .describe("Ratings of the template's competencies."),
    strengths: z.array(strength).optional().describe('Praise and affirmation: what the employee did well.'),
    improvements: z.array(improvement).optional().describe('The few most urgent areas to improve.'),
    improvement_plan: z.array(planItem).optional().describe('How each area to improve will be improved.'),
    next_goals: z.array(nextGoal).optional().describe("Goals for the next period."),
    support_requests: z.array(supportRequest).optional().describe('What the employee asked the company for, and the answers.'),
    score: score.optional(),
    employee_response: employeeResponse.optional(),
    follow_up: z
      .strictObject({ on: isoDate.optional().describe('Date of the follow-up conversation.') })
      .optional()
      .describe('When progress on the plan is checked.'),
    signoffs: z.array(signoff).optional().describe('Signatures; a signature confirms receipt, not agreement.'),
  })
  .describe('A performance interview record: preparation, conversation and outcome.');

export type Review = z.infer<typeof reviewSchema>;
