import { resolve } from 'node:path';
import { localeFromEnv, parseLocale } from '../../core/i18n';
import type { LintResult } from '../../core/engine';
import type { LooseTemplate } from '../../core/types';
import { parseCommand } from '../args';
import { ConfigFinder, templateRoot } from '../../node/config';
import { why } from '../errno';
import { sameFile, writeFileAtomic } from '../../node/atomic';
import { nodeHost, readRegularFile, slash } from '../../node/host';
import { engine } from '../lazy';
import { cliConfig, tc } from '../locale';

interface Io { cwd: string; stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown } }

/** `review-yaml render FILE [-o out.html]`. Problems are one line on stderr and exit 2, never a stack trace. */
export async function render(args: string[], io: Io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const fail = (line: string) => {
    io.stderr.write(`${tc('cli.render.prefix', { line })}\n`);
    return 2;
  };
  let values: { output?: string; help?: boolean; locale?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommand('render', args, { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h', default: false }, locale: { type: 'string' } }));
  } catch (e) {
    return fail((e as Error).message);
  }
  if (values.locale !== undefined && !parseLocale(values.locale)) return fail(tc('cli.error.locale', { value: values.locale }));
  if (values.help) {
    io.stdout.write(`${tc('cli.help.render')}\n`);
    return 0;
  }
  if (positionals.length !== 1) return fail(tc(positionals.length ? 'cli.render.oneFile' : 'cli.render.whichFile'));

  const abs = resolve(io.cwd, positionals[0]!);
  const text = readRegularFile(abs);
  if (text === undefined) return fail(tc('cli.render.cannotRead', { path: positionals[0]! }));
  if (values.output !== undefined && sameFile(abs, resolve(io.cwd, values.output))) return fail(tc('cli.error.outputIsInput', { path: values.output }));
  try {
    const config = new ConfigFinder(cliConfig).forFile(abs)?.config;
    const root = templateRoot(abs, io.cwd);
    const host = nodeHost(root);
    const path = slash(abs);
    const locale = parseLocale(values.locale) ?? parseLocale(config?.locale) ?? localeFromEnv(process.env);
    const { lint, labelsFor, renderHtml } = engine();
    const result = lint(text, { path, config, host, locale });
    if (result.kind === null) return fail(tc('cli.render.notOurs', { path: positionals[0]! }));
    const html = renderHtml({ text, result, mode: 'standalone', template: templateOf(text, result, path, host), labels: labelsFor(locale) });
    if (values.output === undefined) io.stdout.write(html);
    else writeFileAtomic(resolve(io.cwd, values.output), html);
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err?.code && values.output !== undefined) return fail(tc('cli.render.cannotWrite', { path: values.output, reason: why(err) }));
    return fail(err?.message ?? String(e));
  }
}

/** The review's template, for its scale labels and competency titles; lint already reported any problem with it. */
function templateOf(text: string, result: LintResult, path: string, host: ReturnType<typeof nodeHost>): LooseTemplate | undefined {
  if (result.kind !== 'review') return undefined;
  const m = result.parsed.doc.get('template');
  if (typeof m !== 'string' || !text) return undefined;
  const res = engine().resolveTemplate(path, m, host);
  return res.ok ? res.template : undefined;
}

