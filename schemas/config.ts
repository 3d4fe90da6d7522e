import * as z from 'zod';
import { customRules, policy, privacy, rulesMap } from './common';

export const configSchema = z
  .strictObject({
    rules: rulesMap.optional(),
    policy: policy.optional(),
    privacy: privacy.optional(),
    ignore: z.array(z.string()).optional().describe('Globs of files not to lint, relative to this file, e.g. "drafts/**".'),
    locale: z.enum(['en', 'zh-CN']).optional().describe('Language of messages.'),
    custom_rules: customRules.optional().describe('House rules for every review below this file (see docs/custom-rules.md).'),
    plugins: z
      .array(z.string().min(1))
      .optional()
      .describe('Code plugins: npm packages or local modules ("./rules/house.js"), resolved from this file\'s folder, that export `rules`. The editor loads them only in a trusted workspace.'),
  })
  .describe('Review YAML configuration (.reviewrc.yaml); the nearest one above a file applies.');

export type Config = z.infer<typeof configSchema>;
