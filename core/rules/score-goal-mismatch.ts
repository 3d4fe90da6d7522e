import { defineRule } from '../rule';
import type { Path } from '../types';

export default defineRule({
  id: 'score-goal-mismatch',
  meta: {
    defaultSeverity: 'info',
    from: 'held',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, scale, t }) {
    const score = review.score;
    const value = typeof score === 'number' ? score : score?.value;
    if (typeof value !== 'number') return;
    const path: Path = typeof score === 'number' ? ['score'] : ['score', 'value'];

    const assessed = (review.goals ?? []).map((g, i) => ({ status: g?.status, i })).filter((g) => g.status !== undefined);
    if (!assessed.length) return;
    const middle = median(scale.map((l) => l.value));
    const n = assessed.length;
    const count = n === 1 ? 'one' : n === 2 ? 'two' : 'other';
    const related = assessed.map(({ status, i }) => ({ path: ['goals', i, 'status'], message: t('score-goal-mismatch.related', { status: String(status) }) }));

    if (assessed.every((g) => g.status === 'met' || g.status === 'exceeded') && value < middle)
      yield {
        path,
        related,
        message: t(`score-goal-mismatch.met.${count}`, { n, value, middle }),
      };
    else if (assessed.every((g) => g.status === 'not-met') && value > middle)
      yield {
        path,
        related,
        message: t(`score-goal-mismatch.notMet.${count}`, { n, value, middle }),
      };
  },
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
