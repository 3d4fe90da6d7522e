import { parseCommand } from '../args';
import { UsageError } from '../../node/config';
import { tc } from '../locale';

// Required when printed: bundled, each is a function of dist/cli.js that only this command runs.
const SCHEMAS: Record<string, () => unknown> = {
  review: () => require('../../schemas/review.schema.json'),
  template: () => require('../../schemas/template.schema.json'),
  config: () => require('../../schemas/config.schema.json'),
};

/** `review-yaml schema [review|template|config]`: the generated JSON Schema. */
export async function schema(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand('schema', argv, { locale: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  if (values.help) {
    process.stdout.write(`${tc('cli.help.schema')}\n`);
    return 0;
  }
  const name = positionals[0] ?? 'review';
  if (positionals.length > 1 || !Object.hasOwn(SCHEMAS, name)) throw new UsageError(tc('cli.error.schemaName', { name: positionals.slice(1)[0] ?? name, names: Object.keys(SCHEMAS).join(', ') }));
  process.stdout.write(`${JSON.stringify(SCHEMAS[name]!(), null, 2)}\n`);
  return 0;
}
