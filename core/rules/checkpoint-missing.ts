import { defineRule } from '../rule';

export default defineRule({
  id: 'checkpoint-missing',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'checkpoints'],
  },
  *check({ review, template, t }) {
    const required = (template?.checkpoints ?? []).filter((c) => typeof c?.id === 'string');
    if (!required.length) return;
    const present = new Set((review.checkpoints ?? []).map((c) => c?.id));
    for (const c of required) {
      if (present.has(c!.id)) continue;
      const when = typeof c!.after_days === 'number' ? t('checkpoint-missing.after', { days: c!.after_days }) : '';
      yield { path: ['checkpoints'], at: 'key', message: t('checkpoint-missing.message', { id: c!.id!, title: c!.title ?? c!.id!, when }) };
    }
  },
});
