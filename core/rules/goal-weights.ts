import { defineRule } from '../rule';
import type { Report } from '../rule';

const LISTS = ['goals', 'next_goals'] as const;

export default defineRule({
  id: 'goal-weights',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, t, tn }) {
    for (const key of LISTS) {
      const items = review[key] ?? [];
      const weighted = items.flatMap((g, i) => (typeof g?.weight === 'number' ? [{ i, weight: g.weight, id: g.id }] : []));
      if (!weighted.length) continue;
      const sum = weighted.reduce((s, g) => s + g.weight, 0);
      if (Math.abs(sum - 100) < 1e-6) continue;
      const unweighted = items.filter((g) => g && typeof g.weight !== 'number').length;
      const report: Report = {
        path: [key],
        at: 'key',
        message: unweighted ? tn('goal-weights.sumUnweighted', unweighted, { list: key, sum: round(sum) }) : t('goal-weights.sum', { list: key, sum: round(sum) }),
        related: weighted.map((g) => ({ path: [key, g.i, 'weight'], message: g.id ? t('goal-weights.related.id', { weight: g.weight, id: g.id }) : t('goal-weights.related', { weight: g.weight }) })),
      };
      yield report;
    }
  },
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
