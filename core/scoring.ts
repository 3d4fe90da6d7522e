/**
 * Weighted scoring as the forms do it: per-item scores (one or two raters), weights in percent,
 * a total, and the grade band the total falls in. One place, read by the rules, the preview and
 * hover, so the three never disagree about a total.
 */
import type { LooseReview, LooseTemplate } from './types';

export interface ScoredRow {
  index: number;
  id?: string;
  title?: string;
  weight?: number;
  self?: number;
  first?: number;
  second?: number;
  /** The row's score after combining the raters; undefined when it has no score. */
  combined?: number;
}

export interface ScoringResult {
  rows: ScoredRow[];
  method: 'weighted-sum' | 'average';
  /** The raters' shares (percent), when a second rater scored. */
  raterWeights?: { reviewer: number; second_rater: number };
  /** The computed total; undefined when a row has no score or weights are missing. */
  total?: number;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Rounded to two decimals, so that 33.3 + 33.3 + 33.4 style sums compare as written. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export function computeScoring(review: LooseReview, template: LooseTemplate | undefined): ScoringResult | undefined {
  const items = review.scoring?.items;
  if (!Array.isArray(items) || !items.length) return undefined;
  const byId = new Map((template?.scoring?.items ?? []).flatMap((t) => (t?.id ? [[t.id, t] as const] : [])));
  const rw = template?.scoring?.rater_weights;
  const method = template?.scoring?.method === 'average' ? 'average' : 'weighted-sum';
  let raterWeights: ScoringResult['raterWeights'];
  const rows: ScoredRow[] = items.map((item, index) => {
    const fromTemplate = item?.id ? byId.get(item.id) : undefined;
    const first = num(item?.score);
    const second = num(item?.second_score);
    let combined = first;
    if (first !== undefined && second !== undefined) {
      // Without rater weights in the template the two raters count equally.
      const a = num(rw?.reviewer) ?? 50;
      const b = num(rw?.second_rater) ?? 50;
      raterWeights = { reviewer: a, second_rater: b };
      combined = a + b > 0 ? (first * a + second * b) / (a + b) : undefined;
    } else if (first === undefined) combined = second;
    return {
      index,
      id: item?.id,
      title: item?.title ?? fromTemplate?.title,
      weight: num(item?.weight) ?? num(fromTemplate?.weight),
      self: num(item?.self_score),
      first,
      second,
      combined,
    };
  });
  const result: ScoringResult = { rows, method, ...(raterWeights ? { raterWeights } : {}) };
  if (rows.some((r) => r.combined === undefined)) return result;
  if (method === 'average') result.total = round2(rows.reduce((s, r) => s + r.combined!, 0) / rows.length);
  else if (rows.every((r) => r.weight !== undefined)) result.total = round2(rows.reduce((s, r) => s + (r.weight! * r.combined!) / 100, 0));
  return result;
}

export interface Band {
  grade: string;
  min: number;
  label?: string;
}

/** The template's bands with a grade and a minimum, highest first. */
export function bandsOf(template: LooseTemplate | undefined): Band[] {
  return (template?.scoring?.bands ?? [])
    .flatMap((b) => (b && typeof b.grade === 'string' && typeof b.min === 'number' ? [{ grade: b.grade, min: b.min, ...(b.label ? { label: b.label } : {}) }] : []))
    .sort((a, b) => b.min - a.min);
}

/** The band a total earns: the one with the highest minimum it reaches (minimums are inclusive). */
export function bandFor(bands: Band[], total: number): Band | undefined {
  return bands.find((b) => round2(total) >= b.min);
}

/** The band's range as people write it: "90–100", "80–89.99", "< 60". */
export function bandRange(bands: Band[], band: Band): string {
  const i = bands.indexOf(band);
  const upper = i > 0 ? bands[i - 1]!.min : undefined;
  return upper === undefined ? `≥ ${band.min}` : `${band.min}–<${upper}`;
}
