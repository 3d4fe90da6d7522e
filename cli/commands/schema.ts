import config from '../../schemas/config.schema.json';
import review from '../../schemas/review.schema.json';
import template from '../../schemas/template.schema.json';
import { UsageError } from '../../node/config';
import { tc } from '../locale';

const SCHEMAS: Record<string, unknown> = { review, template, config };

/** `review-yaml schema [review|template|config]`: the generated JSON Schema. */
export async function schema(argv: string[]): Promise<number> {
  const name = argv[0] ?? 'review';
  if (argv.length > 1 || !(name in SCHEMAS)) throw new UsageError(tc('cli.error.schemaName', { names: Object.keys(SCHEMAS).join(', ') }));
  process.stdout.write(`${JSON.stringify(SCHEMAS[name], null, 2)}\n`);
  return 0;
}
