import { defineRule } from '../rule';

export default defineRule({
  id: 'development-item-incomplete',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['outcome', 'development'],
  },
  *check({ review, t }) {
    for (const [i, item] of (review.development_plan ?? []).entries()) {
      if (!item) continue;
      const noActivity = !(typeof item.activity === 'string' && item.activity.trim());
      const noDue = item.due === undefined;
      if (!noActivity && !noDue) continue;
      const name = item.skill ? `"${item.skill}"` : `development_plan[${i}]`;
      const key = noActivity && noDue ? 'development-item-incomplete.both' : noActivity ? 'development-item-incomplete.activity' : 'development-item-incomplete.due';
      yield { path: ['development_plan', i], message: t(key, { item: name }) };
    }
  },
});
