import { defineRule } from '../rule';
import type { Path } from '../types';

export default defineRule({
  id: 'score-out-of-scale',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['outcome'],
  },
  *check({ review, scale, template, t }) {
    const values = scale.map((l) => l.value);
    const allowed = new Set(values);
    const whose = t(template?.scale?.length ? 'score-out-of-scale.scale.template' : 'score-out-of-scale.scale.default');
    const levels = scale.map((l) => (l.label ? `${l.value} ${l.label}` : String(l.value))).join(', ');

    const score = review.score;
    const value = typeof score === 'number' ? score : score?.value;
    const scorePath: Path = typeof score === 'number' ? ['score'] : ['score', 'value'];
    if (typeof value === 'number' && !allowed.has(value))
      yield { path: scorePath, message: t('score-out-of-scale.score', { value, scale: whose, levels }) };

    for (const [i, item] of (review.competencies ?? []).entries()) {
      const rating = item?.rating;
      if (typeof rating !== 'number' || allowed.has(rating)) continue;
      yield {
        path: ['competencies', i, 'rating'],
        message: item?.id
          ? t('score-out-of-scale.rating.id', { value: rating, id: item.id, scale: whose, levels })
          : t('score-out-of-scale.rating', { value: rating, scale: whose, levels }),
      };
    }
  },
});
