import { defineRule } from '../rule';

export default defineRule({
  id: 'rating-change-unexplained',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome', 'calibration'],
  },
  *check({ review, t }) {
    const c = review.calibration;
    if (!c || c.proposed === undefined || c.final === undefined) return;
    if (String(c.proposed).trim() === String(c.final).trim()) return;
    if (typeof c.reason === 'string' && c.reason.trim()) return;
    yield { path: ['calibration', 'final'], message: t('rating-change-unexplained.message', { proposed: String(c.proposed), final: String(c.final) }) };
  },
  fix: {
    create: ({ edit, t }) => ({ title: t('rating-change-unexplained.fix'), edits: edit.fill(['calibration'], { reason: t('rating-change-unexplained.stub') }) }),
  },
});
