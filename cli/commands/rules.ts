import { parseArgs } from 'node:util';
import { ruleDescription } from '../../core/i18n';
import { docsUrl } from '../../core/rule';
import { cliLocale, tc } from '../locale';
import { engine } from '../lazy';

/** `review-yaml rules`: every rule id with its default severity, from-status, fix and page. */
export async function rules(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'table' }, locale: { type: 'string' } } });
  const rows = engine().allRules.map((r) => ({
    id: r.id,
    severity: r.meta.defaultSeverity,
    from: r.meta.from ?? 'template',
    fix: r.meta.fix,
    description: ruleDescription(r, cliLocale()),
    docs: docsUrl(r.id, cliLocale()),
  }));
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const head = (['rule', 'severity', 'from', 'fix', 'docs'] as const).map((h) => tc(`cli.rules.head.${h}`));
  const table = [head, ...rows.map((r) => [r.id, r.severity, r.from, r.fix, r.docs])];
  const widths = head.map((_, i) => table.reduce((w, row) => Math.max(w, row[i]!.length), 0));
  for (const row of table) process.stdout.write(`${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ')}\n`);
  return 0;
}
