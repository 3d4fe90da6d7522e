import { ruleDescription } from '../../core/i18n';
import { docsUrl } from '../../core/rule';
import { parseCommand } from '../args';
import { UsageError } from '../config';
import { cliLocale, tc } from '../locale';
import { engine } from '../lazy';

/** `review-yaml rules`: every rule id with its default severity, from-status, fix and page. */
export async function rules(argv: string[]): Promise<number> {
  const { values } = parseCommand(
    'rules',
    argv,
    { format: { type: 'string', default: 'table' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    false,
  );
  if (values.help) {
    process.stdout.write(`${tc('cli.help.rules')}\n`);
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(tc('cli.error.rulesFormat', { format: values.format }));
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
  const widths = head.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) process.stdout.write(`${row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ')}\n`);
  return 0;
}
