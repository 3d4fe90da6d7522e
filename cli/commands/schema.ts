import config from '../../schemas/config.schema.json';
import review from '../../schemas/review.schema.json';
import template from '../../schemas/template.schema.json';
import { parseCommand } from '../args';
import { UsageError } from '../../node/config';
import { tc } from '../locale';

const SCHEMAS: Record<string, unknown> = { review, template, config };

/** `review-yaml schema [review|template|config]`: the generated JSON Schema. */
export async function schema(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand('schema', argv, { locale: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  if (values.help) {
    process.stdout.write(`${tc('cli.help.schema')}\n`);
    return 0;
  }
  const name = positionals[0] ?? 'review';
  if (positionals.length > 1 || !Object.hasOwn(SCHEMAS, name)) throw new UsageError(tc('cli.error.schemaName', { name: positionals.slice(1)[0] ?? name, names: Object.keys(SCHEMAS).join(', ') }));
  process.stdout.write(`${JSON.stringify(SCHEMAS[name], null, 2)}\n`);
  return 0;
}
