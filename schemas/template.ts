import * as z from 'zod';
import { agenda, interviewType, policy, privacy, rulesMap } from './common';

export const scaleLevel = z
  .strictObject({
    value: z.number().describe('The number given as a score or rating.'),
    label: z.string().optional().describe('Short name of the level, e.g. "Meets expectations".'),
    definition: z.string().optional().describe('What performance at this level looks like.'),
  })
  .describe('One level of the rating scale.');

export const templateSchema = z
  .strictObject({
    kind: z.literal('template').describe("Marks this file as a review template."),
    name: z.string().describe('Name of the template, e.g. "Annual appraisal 2026".'),
    type: interviewType,
    scale: z.array(scaleLevel).optional().describe('The rating scale, lowest first. Default: 1..5 from Unsatisfactory to Outstanding.'),
    competencies: z
      .array(
        z.strictObject({
          id: z.string().min(1).describe('Short unique id, used by `competencies[].id` in reviews.'),
          title: z.string().describe('Name of the competency.'),
          description: z.string().optional().describe('What the competency means in this organisation.'),
        }),
      )
      .optional()
      .describe('The competencies every review of this template rates.'),
    materials: z.array(z.string()).optional().describe('Materials the reviewer must prepare; replaces the defaults for the interview type.'),
    agenda: agenda.optional(),
    policy: policy.optional(),
    privacy: privacy.optional(),
    rules: rulesMap.optional(),
  })
  .describe('What an organisation expects of its reviews.');

export type Template = z.infer<typeof templateSchema>;
export type ScaleLevel = z.infer<typeof scaleLevel>;
