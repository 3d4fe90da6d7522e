/**
 * The parts of a real form a new review gets from its template: the scoring table with the
 * template's item ids and weights, the checkpoints it requires with their due dates, an outcome
 * for a probation or an improvement plan, a self-assessment and a development-plan stub. A plain
 * template (none of scoring, checkpoints, outcomes or per-competency levels) adds nothing.
 */
import { isMap, isSeq, type Document } from 'yaml';
import { OUTCOME_DECISIONS } from '../schemas/plain';
import { type Locale, t as tr } from './i18n';
import type { LooseTemplate } from './types';

/** What the form parts read of the skeleton's input. */
export interface FormInput {
  template?: LooseTemplate;
  type: 'plan' | 'coaching' | 'appraisal' | 'probation' | 'pip';
  year: number;
  today?: Date;
  locale?: Locale;
}

export interface FormParts {
  /** The period, when the template's checkpoints make it start today. */
  period?: { start: string; end: string };
  /** Keys after the competencies, after the improvement plan, and at the end of the review. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  end: Record<string, unknown>;
  /** Comments above the keys this adds. */
  hints: Record<string, string>;
  /** Flow style and per-row comments, once the document is built. */
  decorate(doc: Document): void;
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function formParts(x: FormInput): FormParts {
  const parts: FormParts = { before: {}, after: {}, end: {}, hints: {}, decorate: () => {} };
  const t = x.template;
  const items = t?.scoring?.items?.filter((i) => typeof i?.id === 'string' && i.id.length > 0) ?? [];
  const checkpoints = t?.checkpoints?.filter((c) => typeof c?.id === 'string' && c.id.length > 0) ?? [];
  const outcomes = t?.outcomes?.filter((o): o is NonNullable<typeof o> => typeof o === 'string') ?? [];
  const levels = t?.competencies?.some((c) => c?.levels?.length);
  if (!items.length && !checkpoints.length && !outcomes.length && !t?.scoring?.bands?.length && !levels) return parts;

  if (x.type === 'appraisal' || x.type === 'probation') {
    parts.before.self_assessment = {};
    parts.hints.self_assessment = tr(x.locale, 'new.hint.self_assessment');
  }
  if (items.length) {
    parts.before.scoring = { items: items.map((i) => ({ id: i!.id, title: i!.title, ...(typeof i!.weight === 'number' ? { weight: i!.weight } : {}) })) };
    const bands = [...(t!.scoring!.bands ?? [])]
      .filter((b) => typeof b?.grade === 'string' && typeof b.min === 'number')
      .sort((a, b) => b!.min! - a!.min!)
      .map((b) => `${b!.grade} ≥ ${b!.min}`);
    if (bands.length) parts.hints.scoring = tr(x.locale, 'new.hint.scoring', { bands: bands.join(', ') });
  }
  if (x.type === 'appraisal' || x.type === 'probation' || x.type === 'plan') {
    parts.after.development_plan = [{ skill: tr(x.locale, 'new.development.skill') }];
    parts.hints.development_plan = tr(x.locale, 'new.hint.development_plan');
  }
  if (checkpoints.length) {
    // The plan starts today: each checkpoint falls due its `after_days` later, the period ends at the last.
    const start = x.today ?? new Date(Date.UTC(x.year, 0, 1));
    const days = checkpoints.map((c) => (typeof c!.after_days === 'number' ? c!.after_days : undefined));
    const last = days.reduce<number>((most, d) => (d !== undefined && d > most ? d : most), 0);
    if (x.today && last > 0) parts.period = { start: iso(start), end: iso(new Date(start.getTime() + last * DAY)) };
    parts.end.checkpoints = checkpoints.map((c, i) => ({
      id: c!.id,
      ...(c!.title ? { title: c!.title } : {}),
      ...(days[i] !== undefined ? { on: iso(new Date(start.getTime() + days[i]! * DAY)) } : {}),
    }));
    parts.hints.checkpoints = tr(x.locale, 'new.hint.checkpoints');
  }
  if (x.type === 'probation' || x.type === 'pip') {
    parts.end.outcome = {};
    const decisions = outcomes.length ? outcomes : OUTCOME_DECISIONS[x.type];
    parts.hints.outcome = tr(x.locale, 'new.hint.outcome', { decisions: decisions.join(', ') });
    // A plan states its consequence up front (rule pip-incomplete); the words are the manager's to write.
    if (x.type === 'pip') parts.hints.outcome = `${tr(x.locale, 'new.hint.consequence')}\n${parts.hints.outcome}`;
  }

  parts.decorate = (doc) => {
    const max = t?.scoring?.max ?? 100;
    const key = typeof t?.scoring?.rater_weights?.second_rater === 'number' && t.scoring.rater_weights.second_rater > 0 ? 'new.scoreItem.second' : 'new.scoreItem';
    const rows = doc.getIn(['scoring', 'items'], true);
    if (isSeq(rows))
      rows.items.forEach((row, i) => {
        if (!isMap(row)) return;
        row.flow = true;
        const item = items[i]!;
        row.comment = tr(x.locale, key, { title: item.title ?? item.id!, weight: item.weight ?? '—', max });
      });
    const cps = doc.get('checkpoints', true);
    if (isSeq(cps)) for (const row of cps.items) if (isMap(row)) row.flow = true;
    for (const k of ['self_assessment', 'outcome']) {
      const node = doc.get(k, true);
      if (isMap(node)) node.flow = true;
    }
    const dev = doc.get('development_plan', true);
    if (isSeq(dev)) for (const row of dev.items) if (isMap(row)) row.flow = true;
  };
  return parts;
}
