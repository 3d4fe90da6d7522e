import { type CalendarDate, compareDates, parseDate, parseDateTime } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'date-order',
  meta: {
    description: 'Dates in the wrong order: the period ends before it starts, the notice comes after the meeting, or a plan due date, follow-up or sign-off falls before the meeting.',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'none',
    tags: ['references'],
  },
  *check({ review }) {
    const start = parseDate(review.period?.start);
    const end = parseDate(review.period?.end);
    if (start && end && compareDates(start, end) > 0)
      yield {
        path: ['period', 'start'],
        message: `The period starts on ${start.text}, after it ends (${end.text}). Swap the dates or correct the one that is wrong.`,
        related: [{ path: ['period', 'end'], message: `The period ends on ${end.text}.` }],
      };

    // Everything else is measured against the day of the meeting, as written (its zone is ignored).
    const meeting = parseDateTime(review.meeting?.at)?.date;
    if (!meeting) return;
    const atMeeting = [{ path: ['meeting', 'at'], message: `The meeting is on ${meeting.text}.` }];

    const notified = parseDate(review.meeting?.notified_on);
    if (notified && compareDates(notified, meeting) > 0)
      yield {
        path: ['meeting', 'notified_on'],
        message: `The employee is notified on ${notified.text}, after the meeting on ${meeting.text}. Correct the date: notice is given before the meeting.`,
        related: atMeeting,
      };

    for (const [i, item] of (review.improvement_plan ?? []).entries()) {
      const due = parseDate(item?.due);
      if (before(due, meeting))
        yield {
          path: ['improvement_plan', i, 'due'],
          message: `This plan item is due on ${due!.text}, before the meeting on ${meeting.text} that agrees it. Set a due date after the meeting.`,
          related: atMeeting,
        };
    }

    const followUp = parseDate(review.follow_up?.on);
    if (before(followUp, meeting))
      yield {
        path: ['follow_up', 'on'],
        message: `The follow-up is on ${followUp!.text}, before the meeting on ${meeting.text} it follows up. Set a date after the meeting.`,
        related: atMeeting,
      };

    for (const [i, s] of (review.signoffs ?? []).entries()) {
      const on = parseDate(s?.on);
      if (before(on, meeting))
        yield {
          path: ['signoffs', i, 'on'],
          message: `${s?.name ? `${s.name}'s` : 'This'} sign-off is dated ${on!.text}, before the meeting on ${meeting.text}: a record cannot be signed before the conversation it records. Correct the date.`,
          related: atMeeting,
        };
    }
  },
});

function before(date: CalendarDate | undefined, meeting: CalendarDate): boolean {
  return !!date && compareDates(date, meeting) < 0;
}
