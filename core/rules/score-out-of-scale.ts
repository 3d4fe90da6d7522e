import { defineRule } from '../rule';
import type { Path } from '../types';

export default defineRule({
  id: 'score-out-of-scale',
  meta: {
    description: "The score or a competency rating is not a value of the rating scale.",
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, scale, template }) {
    const values = scale.map((l) => l.value);
    const allowed = new Set(values);
    const whose = template?.scale?.length ? "the template's rating scale" : 'the rating scale (the default 1 to 5)';
    const levels = scale.map((l) => (l.label ? `${l.value} ${l.label}` : String(l.value))).join(', ');

    const score = review.score;
    const value = typeof score === 'number' ? score : score?.value;
    const scorePath: Path = typeof score === 'number' ? ['score'] : ['score', 'value'];
    if (typeof value === 'number' && !allowed.has(value))
      yield { path: scorePath, message: `Score ${value} is not on ${whose}. Use one of its values: ${levels}.` };

    for (const [i, item] of (review.competencies ?? []).entries()) {
      const rating = item?.rating;
      if (typeof rating !== 'number' || allowed.has(rating)) continue;
      const name = item?.id ? ` of "${item.id}"` : '';
      yield {
        path: ['competencies', i, 'rating'],
        message: `Rating ${rating}${name} is not on ${whose}. Use one of its values: ${levels}.`,
      };
    }
  },
});
