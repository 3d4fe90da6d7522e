import { defineRule } from '../rule';

export default defineRule({
  id: 'pip-incomplete',
  meta: {
    defaultSeverity: 'error',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'pip'],
  },
  *check({ review, t }) {
    if (review.type !== 'pip') return;
    const dated = (review.checkpoints ?? []).some((c) => typeof c?.on === 'string');
    if (!dated) yield { path: ['checkpoints'], at: 'key', message: t('pip-incomplete.checkpoints') };
    const measured = [...(review.improvement_plan ?? []), ...(review.goals ?? [])].some((p) => typeof p?.measure === 'string' && p.measure.trim());
    if (!measured) yield { path: ['improvement_plan'], at: 'key', message: t('pip-incomplete.measures') };
    if (!(typeof review.consequence === 'string' && review.consequence.trim()))
      yield { path: ['consequence'], at: 'key', message: t('pip-incomplete.consequence') };
  },
});
