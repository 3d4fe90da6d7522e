import { minutes } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-too-short',
  meta: {
    description: 'The meeting is planned for fewer minutes than `policy.min_minutes` (30).',
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'seed'],
  },
  *check({ review, policy }) {
    const planned = review.meeting?.minutes;
    if (typeof planned !== 'number' || planned >= policy.min_minutes) return;
    yield {
      path: ['meeting', 'minutes'],
      message: `The meeting is planned for ${minutes(planned)}; at least ${minutes(policy.min_minutes)} are expected, so that there is time to discuss the results and agree on next steps. Book a longer slot.`,
    };
  },
});
