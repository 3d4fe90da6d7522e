import { defineRule } from '../rule';
import type { Report } from '../rule';

const LISTS = ['goals', 'next_goals'] as const;

interface Weighted { id?: string; weight?: unknown }

export default defineRule({
  id: 'goal-weights',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome'],
    appliesTo: ['review', 'template'],
  },
  *check({ kind, review, template, t, tn }) {
    const lists: [string[], (Weighted | undefined)[] | undefined][] =
      kind === 'template'
        ? [[['scoring', 'items'], template?.scoring?.items]]
        : [...LISTS.map((key): [string[], (Weighted | undefined)[] | undefined] => [[key], review[key]]), [['scoring', 'items'], review.scoring?.items]];
    for (const [path, items = []] of lists) {
      const key = path.join('.');
      const weighted = items.flatMap((g, i) => (typeof g?.weight === 'number' ? [{ i, weight: g.weight, id: g.id }] : []));
      if (!weighted.length) continue;
      const sum = weighted.reduce((s, g) => s + g.weight, 0);
      if (Math.abs(sum - 100) < 1e-6) continue;
      const unweighted = items.filter((g) => g && typeof g.weight !== 'number').length;
      const report: Report = {
        path,
        at: 'key',
        message: unweighted ? tn('goal-weights.sumUnweighted', unweighted, { list: key, sum: round(sum) }) : t('goal-weights.sum', { list: key, sum: round(sum) }),
        related: weighted.map((g) => ({ path: [...path, g.i, 'weight'], message: g.id ? t('goal-weights.related.id', { weight: g.weight, id: g.id }) : t('goal-weights.related', { weight: g.weight }) })),
      };
      yield report;
    }
    // Two raters' shares of a score are percentages too.
    const rw = kind === 'template' ? template?.scoring?.rater_weights : undefined;
    if (rw && typeof rw.reviewer === 'number' && typeof rw.second_rater === 'number' && Math.abs(rw.reviewer + rw.second_rater - 100) >= 1e-6)
      yield { path: ['scoring', 'rater_weights'], at: 'key', message: t('goal-weights.sum', { list: 'scoring.rater_weights', sum: round(rw.reviewer + rw.second_rater) }) };
  },
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
