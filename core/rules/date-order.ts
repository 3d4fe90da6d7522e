import { type CalendarDate, compareDates, parseDate, parseDateTime } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'date-order',
  meta: {
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
  *check({ review, t }) {
    const start = parseDate(review.period?.start);
    const end = parseDate(review.period?.end);
    if (start && end && compareDates(start, end) > 0)
      yield {
        path: ['period', 'start'],
        message: t('date-order.period', { start: start.text, end: end.text }),
        related: [{ path: ['period', 'end'], message: t('date-order.period.related', { end: end.text }) }],
      };

    // Everything else is measured against the day of the meeting, as written (its zone is ignored).
    const meeting = parseDateTime(review.meeting?.at)?.date;
    if (!meeting) return;
    const atMeeting = [{ path: ['meeting', 'at'], message: t('date-order.meetingOn', { date: meeting.text }) }];

    const notified = parseDate(review.meeting?.notified_on);
    if (notified && compareDates(notified, meeting) > 0)
      yield {
        path: ['meeting', 'notified_on'],
        message: t('date-order.notice', { notified: notified.text, meeting: meeting.text }),
        related: atMeeting,
      };

    for (const [i, item] of (review.improvement_plan ?? []).entries()) {
      const due = parseDate(item?.due);
      if (before(due, meeting))
        yield {
          path: ['improvement_plan', i, 'due'],
          message: t('date-order.planDue', { due: due!.text, meeting: meeting.text }),
          related: atMeeting,
        };
    }

    const followUp = parseDate(review.follow_up?.on);
    if (before(followUp, meeting))
      yield {
        path: ['follow_up', 'on'],
        message: t('date-order.followUp', { date: followUp!.text, meeting: meeting.text }),
        related: atMeeting,
      };

    for (const [i, s] of (review.signoffs ?? []).entries()) {
      const on = parseDate(s?.on);
      if (before(on, meeting))
        yield {
          path: ['signoffs', i, 'on'],
          message: t(s?.name ? 'date-order.signoff.named' : 'date-order.signoff', { name: s?.name ?? '', date: on!.text, meeting: meeting.text }),
          related: atMeeting,
        };
    }
  },
});

function before(date: CalendarDate | undefined, meeting: CalendarDate): boolean {
  return !!date && compareDates(date, meeting) < 0;
}
