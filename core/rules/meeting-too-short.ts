import { minutes } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-too-short',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, policy, t, locale }) {
    const planned = review.meeting?.minutes;
    if (typeof planned !== 'number' || planned >= policy.min_minutes) return;
    yield {
      path: ['meeting', 'minutes'],
      message: t('meeting-too-short.message', { planned: minutes(planned, locale), min: minutes(policy.min_minutes, locale) }),
    };
  },
});
