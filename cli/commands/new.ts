import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { type Locale, t as tr } from '../../core/i18n';
import type { LooseTemplate } from '../../core/types';
import { parseCommand } from '../args';
import { UsageError } from '../config';
import { why } from '../errno';
import { readRegularFile, slash } from '../host';
import { engine } from '../lazy';
import { cliLocale, tc } from '../locale';

const TYPES = ['plan', 'coaching', 'appraisal'] as const;
type ReviewType = (typeof TYPES)[number];

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
  if (values.type !== undefined && !TYPES.includes(values.type as ReviewType))
    throw new UsageError(tc('cli.error.newType', { value: values.type }));
  const out = values.output === undefined ? undefined : resolve(io.cwd, values.output);
  const templatePath = values.template === undefined ? undefined : resolve(io.cwd, values.template);
  const template = templatePath ? loadTemplate(templatePath, values.template!) : undefined;
  const ref = templatePath ? slash(relative(out ? dirname(out) : io.cwd, templatePath)) : undefined;

  const type = (values.type as ReviewType | undefined) ?? (TYPES.includes(template?.type as ReviewType) ? (template!.type as ReviewType) : 'appraisal');
  const text = skeleton({
    template,
    ref,
    type,
    employee: values.employee ?? tr(cliLocale(), 'new.employee'),
    reviewer: values.reviewer ?? tr(cliLocale(), 'new.reviewer'),
    locale: cliLocale(),
    year: now().getUTCFullYear(),
  });
  if (!out) {
    io.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(out, text, { flag: values.force ? 'w' : 'wx' });
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

interface SkeletonInput { template?: LooseTemplate; ref?: string; type: ReviewType; employee: string; reviewer: string; year: number; locale?: Locale }

/** The review as YAML, built as a document so that every value is quoted where YAML needs it. */
export function skeleton(x: SkeletonInput): string {
  const { DEFAULT_MATERIALS, Document, isMap, labelsFor } = engine();
  const t = x.template;
  const agenda = t?.agenda?.filter((a) => typeof a?.topic === 'string');
  const competencies = t?.competencies?.filter((c) => typeof c?.id === 'string' && c.id.length > 0);
  const data: Record<string, unknown> = {
    kind: 'review',
    ...(x.ref ? { template: x.ref } : {}),
    type: x.type,
    status: 'draft',
    period: { start: `${x.year}-01-01`, end: `${x.year}-12-31` },
    employee: { name: x.employee },
    reviewer: { name: x.reviewer },
    ...(agenda?.length ? { meeting: { agenda: agenda.map((a) => (a!.minutes ? { topic: a!.topic, minutes: a!.minutes } : { topic: a!.topic })) } } : {}),
    materials: (t?.materials?.filter((m): m is string => typeof m === 'string') ?? DEFAULT_MATERIALS[x.type]).slice(),
    goals: [],
    ...(competencies?.length ? { competencies: competencies.map((c) => ({ id: c!.id })) } : {}),
    strengths: [],
    improvements: [],
    improvement_plan: [],
    next_goals: [],
  };
  const doc = new Document(data);
  const type = x.locale && x.locale !== 'en' ? labelsFor(x.locale).values[x.type]! : x.type;
  doc.commentBefore = tr(x.locale, t?.name ? 'new.header.template' : 'new.header', { type, name: t?.name ?? '' });
  const root = doc.contents as YAMLMap;
  for (const key of ['period', 'employee', 'reviewer']) (doc.get(key, true) as YAMLMap).flow = true;
  (doc.get('materials', true) as YAMLSeq).flow = true;
  const items = (doc.getIn(['meeting', 'agenda'], true) as YAMLSeq | undefined)?.items ?? [];
  for (const item of items) if (isMap(item)) item.flow = true;
  const comps = (doc.get('competencies', true) as YAMLSeq | undefined)?.items ?? [];
  comps.forEach((item, i) => {
    const c = competencies![i]!;
    const id = isMap(item) ? (item.get('id', true) as { comment?: string } | undefined) : undefined;
    if (id && c.title) id.comment = tr(x.locale, 'new.competency', { title: c.title });
  });
  const hints: Record<string, string> = Object.fromEntries(
    (['meeting', 'goals', 'strengths', 'improvements', 'improvement_plan', 'next_goals'] as const).map((k) => [k, tr(x.locale, `new.hint.${k}`)]),
  );
  for (const pair of root.items as Pair<{ value: string; spaceBefore?: boolean; commentBefore?: string }>[]) {
    const key = pair.key.value;
    if (['meeting', 'materials', 'goals', 'competencies', 'strengths', 'improvements', 'improvement_plan', 'next_goals'].includes(key)) pair.key.spaceBefore = true;
    if (hints[key]) pair.key.commentBefore = hints[key];
  }
  return doc.toString({ lineWidth: 0 });
}
