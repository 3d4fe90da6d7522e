import { parseDateTime } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-on-the-hour',
  meta: {
    defaultSeverity: 'info',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, t }) {
    const at = parseDateTime(review.meeting?.at);
    if (!at || at.minute !== 0) return;
    const hh = String(at.hour).padStart(2, '0');
    yield {
      path: ['meeting', 'at'],
      message: t('meeting-on-the-hour.message', { hh }),
    };
  },
});
