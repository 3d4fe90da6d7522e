import { join, resolve } from 'node:path';
import { describe, ruleDocsUrl } from '../../core/rule';
import type { LooseTemplate } from '../../core/types';
import { parseCommand } from '../args';
import { ConfigFinder, UsageError, checkPlugins } from '../../node/config';
import { readRegularFile } from '../../node/host';
import { cliConfig, cliLocale, tc } from '../locale';
import { engine } from '../lazy';

/**
 * `review-yaml rules [--template FILE]`: every rule id with its default severity, from-status,
 * fix and page: the built-in rules, the plugins and custom_rules of the .reviewrc.yaml that
 * applies in the current folder, and the custom_rules of a template.
 */
export async function rules(argv: string[]): Promise<number> {
  const { values } = parseCommand(
    'rules',
    argv,
    {
      format: { type: 'string', default: 'table' },
      locale: { type: 'string' },
      template: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(`${tc('cli.help.rules')}\n`);
    return 0;
  }
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError(tc('cli.error.rulesFormat', { format: values.format }));
  const cwd = process.cwd();
  const loaded = new ConfigFinder(cliConfig).forFile(join(cwd, 'rules'));
  checkPlugins(loaded, cliConfig);
  const { loadPlugins, ruleSet, builtinRules } = engine();
  const plugins = loaded?.config.plugins?.filter((p): p is string => typeof p === 'string');
  const base = loaded && plugins?.length ? loadPlugins(loaded.path, plugins).rules : ruleSet(builtinRules);
  const set = base.with(values.template ? readTemplate(resolve(cwd, values.template)) : undefined, loaded?.config);
  const rows = set.all.map((r) => ({
    id: r.id,
    severity: r.meta.defaultSeverity,
    from: r.meta.from ?? 'template',
    fix: r.meta.fix,
    description: describe(r, cliLocale()),
    docs: ruleDocsUrl(r, cliLocale()) ?? '',
    ...(r.meta.origin && r.meta.origin !== 'review-yaml' ? { origin: r.meta.origin } : {}),
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

/** A template's data for its custom_rules; a file that cannot be read as a template stops the command. */
function readTemplate(path: string): LooseTemplate {
  const text = readRegularFile(path);
  if (text === undefined) throw new UsageError(tc('cli.error.templateRead', { path }));
  const { parse, toData, validate, customRuleProblems, displayPath } = engine();
  const parsed = parse(text);
  let data: unknown;
  try {
    data = parsed.problems.some((p) => p.severity === 'error') ? undefined : toData(parsed);
  } catch {
    data = undefined;
  }
  if (!data || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'template') throw new UsageError(`${path}: not a kind: template file`);
  const template = validate('template', data, cliLocale()).data as LooseTemplate;
  const problems = customRuleProblems(template.custom_rules, ['custom_rules'], cliLocale());
  if (problems.length) throw new UsageError(problems.map((d) => `${path}: ${displayPath(d.path, cliLocale())}: ${d.message}`).join('\n'));
  return template;
}
