export * from './common';
export * from './review';
export * from './template';
export * from './config';
export * from './forms';
import { configSchema } from './config';
import { reviewSchema } from './review';
import { templateSchema } from './template';

/** The schemas published as JSON Schema files, by the name `review-yaml schema` takes. */
export const publishedSchemas = { review: reviewSchema, template: templateSchema, config: configSchema } as const;
export type SchemaName = keyof typeof publishedSchemas;
