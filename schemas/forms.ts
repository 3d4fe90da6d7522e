/**
 * The parts of real review forms beyond the interview itself: the employee's self-assessment,
 * a development plan, weighted scoring with grade bands, a calibrated rating, checkpoints,
 * the outcome of a probation or an improvement plan, multi-rater input, attachments, a pay
 * recommendation and OKRs. Every key is optional: the rules say when its absence matters.
 */
import * as z from 'zod';
import { isoDate } from './common';

const text = (what: string) => z.string().describe(what);

/** A number where people write numbers, or a few words where they write those ("+12%", "达成"). */
export const numberOrText = (what: string) => z.union([z.number(), z.string()]).describe(what);

export const selfAssessment = z
  .strictObject({
    summary: text("The employee's own account of the period, written before the meeting.").optional(),
    rating: z.number().optional().describe("The overall rating the employee gives themselves, on the template's scale."),
    score: z.number().optional().describe('The overall score the employee gives themselves, in points of the scoring table (e.g. out of 100).'),
    submitted_on: isoDate.optional().describe('When the employee handed in the self-assessment.'),
  })
  .describe("The employee's self-assessment: a summary and an overall self-rating. Per-goal and per-competency self-ratings sit on those items (`self_rating`).");

export const developmentItem = z
  .strictObject({
    skill: text('The skill or knowledge to grow (not a shortcoming to fix: that is `improvement_plan`).').optional(),
    activity: text('How it will be grown: a course, a project, shadowing, mentoring, reading.').optional(),
    support: text('What the organisation provides: budget, time, a mentor, access.').optional(),
    due: isoDate.optional().describe('By when the activity is done.'),
    status: z.enum(['planned', 'in-progress', 'done', 'dropped']).optional().describe('Where the activity stands.'),
    note: text('What came of it, or why it changed.').optional(),
  })
  .describe('One item of the development (training) plan.');

export const scoringItem = z
  .strictObject({
    id: z.string().min(1).optional().describe("Id of an item of the template's `scoring.items`."),
    title: text('What is scored, e.g. "Work results" or "工作业绩".').optional(),
    weight: z.number().min(0).max(100).optional().describe('Share of the total, in percent. When any item has a weight, the weights sum to 100.'),
    self_score: z.number().optional().describe("The employee's own score for this item."),
    score: z.number().optional().describe("The reviewer's (first rater's) score for this item, in points of the template's `scoring.max` (default 100)."),
    second_score: z.number().optional().describe("The second rater's score for this item; combined with `score` by the template's `scoring.rater_weights`."),
    comment: text('What the score rests on.').optional(),
  })
  .describe('One row of the weighted scoring table.');

export const reviewScoring = z
  .strictObject({
    items: z.array(scoringItem).optional().describe('The weighted scoring table: per-item scores and weights.'),
    total: z.number().optional().describe('The weighted total as written on the form; checked against the items (rule `grade-band-mismatch`).'),
    grade: z.string().optional().describe("The grade given, a band of the template's `scoring.bands` (e.g. S, A, B, C, D)."),
  })
  .describe('Weighted scoring: the per-item table, its total and the grade band it falls in.');

export const calibration = z
  .strictObject({
    proposed: numberOrText('The rating or grade the reviewer proposed before moderation (a scale value or a grade).').optional(),
    final: numberOrText('The rating or grade after moderation (calibration): the rating of record.').optional(),
    reason: text('Why the final rating differs from the proposed one: what the moderation panel weighed.').optional(),
    by: text('Who moderated: the panel or the second-level manager.').optional(),
    on: isoDate.optional().describe('When the rating was moderated.'),
  })
  .describe('The proposed and the final (calibrated) rating, and the reason for a change.');

export const checkpointStatus = z
  .enum(['on-track', 'at-risk', 'off-track', 'met', 'not-met'])
  .describe('What the checkpoint found: `on-track`, `at-risk`, `off-track`, or at the last one `met` / `not-met`.');

export const checkpoint = z
  .strictObject({
    id: z.string().min(1).optional().describe("Short unique id, e.g. `day-30`; matches a checkpoint of the template."),
    title: text('What the checkpoint is, e.g. "30-day review".').optional(),
    on: isoDate.optional().describe('When the checkpoint is due.'),
    held_on: isoDate.optional().describe('When it actually took place.'),
    reviewed: text('What was reviewed: the measures, records and work looked at.').optional(),
    status: checkpointStatus.optional(),
    notes: text('What was said and agreed at the checkpoint.').optional(),
  })
  .describe('A dated checkpoint: PIP at 30/60/90 days, probation at 1 and 3 months, a quarterly check-in.');

export { OUTCOME_DECISIONS } from './plain';

export const outcome = z
  .strictObject({
    decision: z
      .enum(['confirmed-early', 'confirmed', 'extended', 'ended', 'completed', 'not-met'])
      .optional()
      .describe('The decision. Probation: `confirmed-early`, `confirmed`, `extended`, `ended` (employment ends). Improvement plan: `completed`, `extended`, `not-met`.'),
    on: isoDate.optional().describe('When the decision was taken.'),
    effective_on: isoDate.optional().describe('From when it applies, e.g. the confirmation date.'),
    extended_to: isoDate.optional().describe('The new end date, when the probation or plan is extended.'),
    reason: text('What the decision rests on.').optional(),
  })
  .describe('The outcome of a probation or of a performance-improvement plan.');

export const raterRelationship = z
  .enum(['manager', 'peer', 'direct-report', 'customer', 'cross-team', 'self', 'other'])
  .describe("The raters' relationship to the employee.");

export const raterFeedback = z
  .strictObject({
    relationship: raterRelationship.optional(),
    raters: z.number().int().nonnegative().optional().describe('How many people of this relationship gave input (a summary, never names).'),
    rating: z.number().optional().describe("Their average rating on the template's scale."),
    summary: text('What they said, summarised; no names and no verbatim quotes that identify a rater.').optional(),
  })
  .describe('Multi-rater (360) input of one rater group, summarised.');

export const attachment = z
  .strictObject({
    title: text('What the file is.').optional(),
    path: z.string().optional().describe('Where it is kept, relative to this file or a document-system reference.'),
    kind: z.enum(['evidence', 'self-assessment', 'signed-form', 'feedback', 'other']).optional().describe('What kind of attachment it is.'),
  })
  .describe('A file that belongs to the record: evidence, the signed form.');

export const payProgression = z
  .strictObject({
    recommendation: z
      .enum(['progress', 'accelerate', 'hold', 'promote', 'not-applicable'])
      .optional()
      .describe('The pay-progression recommendation: `progress` to the next step, `accelerate`, `hold`, `promote`, or `not-applicable`.'),
    effective_on: isoDate.optional().describe('From when it would apply.'),
    note: text('What it rests on. Amounts belong in the pay system, not here.').optional(),
  })
  .describe('The pay-progression recommendation (no amounts: rule `salary-amount`).');

export const keyResult = z
  .strictObject({
    id: z.string().min(1).optional().describe('Short unique id of the key result.'),
    title: text('The measurable result, e.g. "Cut p95 latency from 900 ms to 300 ms".').optional(),
    start: numberOrText('Where the measure stood at the start of the quarter.').optional(),
    target: numberOrText('Where it should stand at the end.').optional(),
    current: numberOrText('Where it stands now.').optional(),
    status: z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'done']).optional().describe('Where the key result stands.'),
    confidence: z.number().min(0).max(10).optional().describe('How likely it is to be reached by the end of the quarter, 0 (no chance) to 10 (certain).'),
    score: z.number().min(0).max(1).optional().describe('The end-of-quarter grade, 0.0 to 1.0.'),
    note: text('What moved it, or what blocks it.').optional(),
  })
  .describe('A key result of an objective.');

export const okr = z
  .strictObject({
    id: z.string().min(1).optional().describe('Short unique id of the objective.'),
    objective: text('The qualitative objective.').optional(),
    key_results: z.array(keyResult).optional().describe('Two to five measurable key results.'),
  })
  .describe('An objective and its key results.');

/** A person who rates or approves, beyond the reviewer. */
export const rater = z
  .strictObject({
    name: z.string().min(1).optional().describe('Full name.'),
    id: z.union([z.string(), z.number()]).optional().describe('Staff id, as written (`E1024` or `1024`).'),
    role: z.string().optional().describe('Job title.'),
    department: z.string().optional().describe('Department.'),
  })
  .describe('A person taking part in the assessment.');

/** The review keys this file adds, spread into the review schema. */
export const reviewFormKeys = {
  second_rater: rater.optional().describe("The second rater (e.g. the reviewer's manager), who scores or rates after the reviewer."),
  approvers: z.array(rater).optional().describe('Everyone who approves the record, in order, when there is more than one approver.'),
  self_assessment: selfAssessment.optional(),
  development_plan: z.array(developmentItem).optional().describe('Skills to grow: activities, support and dates. Distinct from fixing shortcomings (`improvement_plan`).'),
  scoring: reviewScoring.optional(),
  calibration: calibration.optional(),
  checkpoints: z.array(checkpoint).optional().describe('Dated checkpoints: when progress is reviewed, what was reviewed and what it found.'),
  consequence: text('What happens when the plan is met and when it is not (a PIP states both).').optional(),
  outcome: outcome.optional(),
  rater_feedback: z.array(raterFeedback).optional().describe('Multi-rater (360) input, one summary per rater relationship.'),
  okrs: z.array(okr).optional().describe('Objectives and key results, with status and confidence (OKR check-ins).'),
  pay_progression: payProgression.optional(),
  attachments: z.array(attachment).optional().describe('Files that belong to the record: evidence, the signed form.'),
};

/** Per-item self-assessment and manager rating, added to goals and competencies. */
export const selfRatingKeys = {
  self_rating: z.number().optional().describe("The employee's own rating of this item, on the template's scale."),
  self_comment: text("The employee's own words on this item.").optional(),
  discussion: text('What was said about a difference between the self-rating and the rating.').optional(),
};

// ---- template side ----

export const competencyLevel = z
  .strictObject({
    value: z.number().describe('The rating value this level describes.'),
    label: z.string().optional().describe('Short name of the level for this competency.'),
    description: z.string().optional().describe('What behaviour at this level looks like for this competency (a behavioural anchor).'),
  })
  .describe('One behaviourally anchored level of a competency.');

export const gradeBand = z
  .strictObject({
    grade: z.string().min(1).describe('The grade, e.g. S, A, B, C, D, or 优秀.'),
    min: z.number().describe('The lowest total that earns this grade (inclusive).'),
    label: z.string().optional().describe('What the grade means, e.g. "Outstanding".'),
    target_share: z.number().min(0).max(100).optional().describe("The share of the cycle's reviews expected in this grade, in percent: a guide for calibration."),
  })
  .describe('A grade band: totals from `min` up to the next band earn this grade.');

export const templateScoring = z
  .strictObject({
    method: z.enum(['weighted-sum', 'average']).optional().describe('How the items make the total: `weighted-sum` (Σ weight × score / 100, the default) or `average`.'),
    max: z.number().positive().optional().describe('Points of a full score per item (default 100).'),
    items: z
      .array(
        z.strictObject({
          id: z.string().min(1).describe('Short unique id, used by `scoring.items[].id` in reviews.'),
          title: z.string().describe('What is scored.'),
          weight: z.number().min(0).max(100).optional().describe('Share of the total, in percent.'),
          description: z.string().optional().describe('What full marks for this item look like.'),
        }),
      )
      .optional()
      .describe('The rows of the scoring table and their weights.'),
    rater_weights: z
      .strictObject({
        reviewer: z.number().min(0).max(100).optional().describe("Share of the reviewer's (first rater's) score, in percent."),
        second_rater: z.number().min(0).max(100).optional().describe("Share of the second rater's score, in percent."),
      })
      .optional()
      .describe('How the two raters\' scores combine, e.g. 60/40.'),
    bands: z.array(gradeBand).optional().describe('Grade bands, any order: a total earns the band with the highest `min` it reaches.'),
  })
  .describe('How reviews of this template are scored: items, weights, rater weights and grade bands.');

export const templateCheckpoint = z
  .strictObject({
    id: z.string().min(1).describe('Short unique id, e.g. `day-30`.'),
    title: z.string().optional().describe('What the checkpoint is, e.g. "30-day review".'),
    after_days: z.number().int().nonnegative().optional().describe("Days after the period's start when it falls due."),
  })
  .describe('A checkpoint every review of this template has.');

export const templateFormKeys = {
  scoring: templateScoring.optional(),
  checkpoints: z.array(templateCheckpoint).optional().describe('The checkpoints this interview type requires, e.g. a PIP at 30, 60 and 90 days.'),
  outcomes: z
    .array(z.enum(['confirmed-early', 'confirmed', 'extended', 'ended', 'completed', 'not-met']))
    .optional()
    .describe("The outcome decisions this template allows (default: all of the interview type's)."),
};

export type GradeBand = z.infer<typeof gradeBand>;
