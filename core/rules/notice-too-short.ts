import { addDays, days, daysBetween, parseDate, parseDateTime } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'notice-too-short',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, policy, status, has, t, locale }) {
    if (!review.meeting) return;
    const need = policy.notice_days;
    const notified = parseDate(review.meeting.notified_on);
    if (!notified) {
      // A value the schema rejected is the schema rule's finding, not a missing notice.
      if (has(['meeting', 'notified_on'])) return;
      yield {
        path: ['meeting', 'notified_on'],
        message: t('notice-too-short.unknown', { need: days(need, locale) }),
      };
      return;
    }
    const meeting = parseDateTime(review.meeting.at)?.date;
    if (!meeting) return;
    const notice = daysBetween(notified, meeting);
    // A notice dated after the meeting is a wrong date: date-order reports it.
    if (notice < 0 || notice >= need) return;
    const given = notice === 0 ? t('notice-too-short.given.sameDay') : t('notice-too-short.given.before', { days: days(notice, locale) });
    const next =
      status === 'scheduled'
        ? t('notice-too-short.next.move', { date: addDays(notified, need).text })
        : t('notice-too-short.next.later', { need: days(need, locale) });
    yield {
      path: ['meeting', 'notified_on'],
      message: t('notice-too-short.message', { given, notified: notified.text, meeting: meeting.text, need: days(need, locale), next }),
      related: [{ path: ['meeting', 'at'], message: t('notice-too-short.related', { date: meeting.text }) }],
    };
  },
});
