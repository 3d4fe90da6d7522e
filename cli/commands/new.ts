import { writeFileAtomic } from '../../node/atomic';
import { dirname, relative, resolve } from 'node:path';
import { t as tr } from '../../core/i18n';
import type { LooseTemplate } from '../../core/types';
import { parseCommand } from '../args';
import { UsageError } from '../../node/config';
import { why } from '../errno';
import { readRegularFile, slash } from '../../node/host';
import { engine } from '../lazy';
import { cliLocale, tc } from '../locale';


export async function newReview(argv: string[], io = { cwd: process.cwd(), stdout: process.stdout as { write(s: string): unknown } }): Promise<number> {
  const { values, positionals } = parseCommand('new', argv, {
      template: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      employee: { type: 'string' },
      reviewer: { type: 'string' },
      type: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.stdout.write(`${tc('cli.help.new')}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(tc('cli.error.newPaths', { path: positionals[0]! }));
  const { REVIEW_TYPES, reviewTypeFor, skeleton } = engine();
  if (values.type !== undefined && !(REVIEW_TYPES as readonly string[]).includes(values.type))
    throw new UsageError(tc('cli.error.newType', { value: values.type }));
  const out = values.output === undefined ? undefined : resolve(io.cwd, values.output);
  const templatePath = values.template === undefined ? undefined : resolve(io.cwd, values.template);
  const template = templatePath ? loadTemplate(templatePath, values.template!) : undefined;
  const ref = templatePath ? slash(relative(out ? dirname(out) : io.cwd, templatePath)) : undefined;

  const type = reviewTypeFor(values.type, template);
  const text = skeleton({
    template,
    ref,
    type,
    employee: values.employee ?? tr(cliLocale(), 'new.employee'),
    reviewer: values.reviewer ?? tr(cliLocale(), 'new.reviewer'),
    locale: cliLocale(),
    year: now().getUTCFullYear(),
    today: now(),
  });
  if (!out) {
    io.stdout.write(text);
    return 0;
  }
  try {
    writeFileAtomic(out, text, { exclusive: !values.force });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(tc('cli.error.exists', { path: values.output! }));
    throw new UsageError(tc('cli.error.cannotWrite', { path: values.output!, reason: why(e) }));
  }
  // Say what was written and what comes next: the skeleton is a start, not a finished review.
  const typeWord = cliLocale() === 'en' ? type : engine().labelsFor(cliLocale()).values[type]!;
  const from = template?.name ? tc('cli.new.from', { name: template.name }) : '';
  io.stdout.write(`${tc('cli.new.wrote', { path: values.output!, type: typeWord, from })}\n`);
  return 0;
}

function loadTemplate(abs: string, given: string): LooseTemplate {
  const text = readRegularFile(abs);
  if (text === undefined) throw new UsageError(tc('cli.error.templateRead', { path: given }));
  const { detectKind, parse, toData, validate } = engine();
  const parsed = parse(text);
  if (parsed.problems.some((p) => p.severity === 'error')) throw new UsageError(tc('cli.error.templateYaml', { path: given }));
  if (detectKind(parsed) !== 'template') throw new UsageError(tc('cli.error.notTemplate', { path: given }));
  return validate('template', toData(parsed)).data as LooseTemplate;
}

/** Today, or the moment SOURCE_DATE_EPOCH names (reproducible output). */
function now(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
