/**
 * The skeleton of a new review, built from the chosen template's type, competencies, materials
 * and agenda: one builder for `review-yaml new` and the editor's New Review (through the
 * language server). Dates come from `today`, never a fixed year.
 */
import { Document, isMap, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { DEFAULT_MATERIALS } from './defaults';
import { formParts, type FormParts } from './skeletonForms';
import { type Locale, t as tr } from './i18n';
import { labelsFor } from './render/labels';
import type { LooseTemplate } from './types';

export const REVIEW_TYPES = ['plan', 'coaching', 'appraisal', 'probation', 'pip'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

/** The type a new review gets: the one asked for, else the template's, else appraisal. */
export function reviewTypeFor(asked: string | undefined, template: LooseTemplate | undefined): ReviewType {
  if (REVIEW_TYPES.includes(asked as ReviewType)) return asked as ReviewType;
  return REVIEW_TYPES.includes(template?.type as ReviewType) ? (template!.type as ReviewType) : 'appraisal';
}

export interface SkeletonInput {
  template?: LooseTemplate;
  /** The template's path relative to the new file, for `template:`. */
  ref?: string;
  type: ReviewType;
  employee: string;
  reviewer: string;
  /** The period is this date's calendar year. */
  year: number;
  /** Today: checkpoints fall due counted from it (the plan starts now). Default: 1 January of `year`. */
  today?: Date;
  locale?: Locale;
}

/** The review as YAML, built as a document so that every value is quoted where YAML needs it. */
export function skeleton(x: SkeletonInput): string {
  const t = x.template;
  const agenda = t?.agenda?.filter((a) => typeof a?.topic === 'string');
  const competencies = t?.competencies?.filter((c) => typeof c?.id === 'string' && c.id.length > 0);
  const form: FormParts = formParts(x);
  const data: Record<string, unknown> = {
    kind: 'review',
    ...(x.ref ? { template: x.ref } : {}),
    type: x.type,
    status: 'draft',
    period: form.period ?? { start: `${x.year}-01-01`, end: `${x.year}-12-31` },
    employee: { name: x.employee },
    reviewer: { name: x.reviewer },
    ...(agenda?.length ? { meeting: { agenda: agenda.map((a) => (a!.minutes ? { topic: a!.topic, minutes: a!.minutes } : { topic: a!.topic })) } } : {}),
    materials: (t?.materials?.filter((m): m is string => typeof m === 'string') ?? DEFAULT_MATERIALS[x.type]).slice(),
    goals: [],
    ...(competencies?.length ? { competencies: competencies.map((c) => ({ id: c!.id })) } : {}),
    ...form.before,
    strengths: [],
    improvements: [],
    improvement_plan: [],
    ...form.after,
    next_goals: [],
    ...form.end,
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
    const levels = c.levels?.filter((l) => typeof l?.value === 'number').map((l) => (l!.label ? `${l!.value} ${l!.label}` : `${l!.value}`));
    if (id && c.title) id.comment = levels?.length ? tr(x.locale, 'new.levels', { title: c.title, levels: levels.join(', ') }) : tr(x.locale, 'new.competency', { title: c.title });
  });
  form.decorate(doc);
  const hints: Record<string, string> = Object.fromEntries(
    (['meeting', 'goals', 'strengths', 'improvements', 'improvement_plan', 'next_goals'] as const).map((k) => [k, tr(x.locale, `new.hint.${k}`)]),
  );
  Object.assign(hints, form.hints);
  for (const pair of root.items as Pair<{ value: string; spaceBefore?: boolean; commentBefore?: string }>[]) {
    const key = pair.key.value;
    if (['meeting', 'materials', 'goals', 'competencies', 'strengths', 'improvements', 'improvement_plan', 'next_goals'].includes(key) || key in form.hints) pair.key.spaceBefore = true;
    if (hints[key]) pair.key.commentBefore = hints[key];
  }
  return doc.toString({ lineWidth: 0 });
}
