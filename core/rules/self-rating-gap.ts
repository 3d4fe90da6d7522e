import { defineRule } from '../rule';
import type { ScaleLevel } from '../../schemas';
import type { Report } from '../rule';

/** Two levels apart is where a self-rating and a rating tell different stories. */
const GAP = 2;

export default defineRule({
  id: 'self-rating-gap',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'none',
    tags: ['outcome', 'self-assessment'],
  },
  *check({ review, scale, t }) {
    for (const list of ['goals', 'competencies'] as const) {
      for (const [i, item] of (review[list] ?? []).entries()) {
        if (!item || typeof item.self_rating !== 'number' || typeof item.rating !== 'number') continue;
        if (typeof item.discussion === 'string' && item.discussion.trim()) continue;
        const gap = levels(scale, item.self_rating, item.rating);
        if (gap < GAP) continue;
        const name = item.id ? `"${item.id}"` : `${list}[${i}]`;
        const report: Report = {
          path: [list, i, 'self_rating'],
          message: t('self-rating-gap.message', { item: name, self: item.self_rating, rating: item.rating, gap }),
          related: [{ path: [list, i, 'rating'], message: t('self-rating-gap.related', { rating: item.rating }) }],
        };
        yield report;
      }
    }
  },
});

/** Levels apart on the scale (positions, so a 10/20/30 scale counts 1 a step); raw difference off the scale. */
function levels(scale: ScaleLevel[], a: number, b: number): number {
  const values = scale.map((l) => l.value);
  const ia = values.indexOf(a);
  const ib = values.indexOf(b);
  return ia >= 0 && ib >= 0 ? Math.abs(ia - ib) : Math.abs(a - b);
}
