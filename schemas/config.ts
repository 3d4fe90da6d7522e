import * as z from 'zod';
import { policy, privacy, rulesMap } from './common';

export const configSchema = z
  .strictObject({
    rules: rulesMap.optional(),
    policy: policy.optional(),
    privacy: privacy.optional(),
    ignore: z.array(z.string()).optional().describe('Globs of files not to lint, relative to this file, e.g. "drafts/**".'),
    locale: z.enum(['en', 'zh-CN']).optional().describe('Language of messages.'),
  })
  .describe('Review YAML configuration (.reviewrc.yaml); the nearest one above a file applies.');

export type Config = z.infer<typeof configSchema>;
