import { addDays, days, daysBetween, parseDate, parseDateTime } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'notice-too-short',
  meta: {
    description: 'The employee was told of the meeting fewer than `policy.notice_days` (3) calendar days ahead, or the review does not say when.',
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'seed'],
  },
  *check({ review, policy, status, has }) {
    if (!review.meeting) return;
    const need = policy.notice_days;
    const notified = parseDate(review.meeting.notified_on);
    if (!notified) {
      // A value the schema rejected is the schema rule's finding, not a missing notice.
      if (has(['meeting', 'notified_on'])) return;
      yield {
        path: ['meeting', 'notified_on'],
        message: `The review does not say when the employee was told of the meeting. Notify them at least ${days(need)} ahead and record the date as \`notified_on: YYYY-MM-DD\` under meeting.`,
      };
      return;
    }
    const meeting = parseDateTime(review.meeting.at)?.date;
    if (!meeting) return;
    const notice = daysBetween(notified, meeting);
    // A notice dated after the meeting is a wrong date: date-order reports it.
    if (notice < 0 || notice >= need) return;
    const given = notice === 0 ? 'on the day of the meeting' : `${days(notice)} before the meeting`;
    const next =
      status === 'scheduled'
        ? `Move the meeting to ${addDays(notified, need).text} or later.`
        : `Next time, tell the employee at least ${days(need)} ahead.`;
    yield {
      path: ['meeting', 'notified_on'],
      message: `The employee was told ${given} (notified ${notified.text}, meeting ${meeting.text}); at least ${days(need)} are expected, so that they can prepare. ${next}`,
      related: [{ path: ['meeting', 'at'], message: `The meeting is on ${meeting.text}.` }],
    };
  },
});
