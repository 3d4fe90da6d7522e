import { defineRule } from '../rule';
import type { Report } from '../types';

const LISTS = ['goals', 'next_goals'] as const;

export default defineRule({
  id: 'goal-weights',
  meta: {
    description: 'Goal weights are given but do not add up to 100 (checked in goals and in next_goals separately).',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review }) {
    for (const key of LISTS) {
      const items = review[key] ?? [];
      const weighted = items.flatMap((g, i) => (typeof g?.weight === 'number' ? [{ i, weight: g.weight, id: g.id }] : []));
      if (!weighted.length) continue;
      const sum = weighted.reduce((s, g) => s + g.weight, 0);
      if (Math.abs(sum - 100) < 1e-6) continue;
      const unweighted = items.filter((g) => g && typeof g.weight !== 'number').length;
      const note = unweighted ? ` ${unweighted === 1 ? '1 goal has' : `${unweighted} goals have`} no weight.` : '';
      const report: Report = {
        path: [key],
        at: 'key',
        message: `The weights in ${key} add up to ${round(sum)}, not 100.${note} Adjust the weights so that they sum to 100, or remove them all.`,
        related: weighted.map((g) => ({ path: [key, g.i, 'weight'], message: `Weight ${g.weight}${g.id ? ` of "${g.id}"` : ''}.` })),
      };
      yield report;
    }
  },
});

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
