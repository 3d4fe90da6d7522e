import { defineRule } from '../rule';
import type { Path } from '../types';

const DAY = 86_400_000;
const MIN_DATED = 3;

function day(s: unknown): number | undefined {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t / DAY;
}

function isoDay(d: number): string {
  return new Date(d * DAY).toISOString().slice(0, 10);
}

export default defineRule({
  id: 'evidence-recency',
  meta: {
    description: 'Every dated strength and area to improve falls in the last quarter of the period (recency bias).',
    defaultSeverity: 'info',
    from: 'held',
    fix: 'none',
    tags: ['language'],
  },
  *check({ review, t }) {
    // Recency bias is a risk of the annual look back; a check-in or a planning talk is about the recent weeks by design.
    if (review.type === 'coaching' || review.type === 'plan') return;
    const start = day(review.period?.start);
    const end = day(review.period?.end);
    if (start === undefined || end === undefined || end <= start) return;
    // The last quarter starts three quarters of the way through (1 Oct for a calendar year).
    const cutoff = start + Math.round(((end - start) * 3) / 4);
    const dated: { path: Path; at: number }[] = [];
    for (const list of ['strengths', 'improvements'] as const)
      for (const [i, item] of (review[list] ?? []).entries()) {
        const at = day(item?.date);
        if (at !== undefined) dated.push({ path: [list, i, 'date'], at });
      }
    if (dated.length < MIN_DATED || dated.some((d) => d.at < cutoff)) return;
    yield {
      path: dated[0]!.path,
      message: t('evidence-recency.message', { count: dated.length, cutoff: isoDay(cutoff) }),
      related: dated.slice(1).map((d) => ({ path: d.path, message: t('evidence-recency.related') })),
    };
  },
});
