import { formatTimeOfDay, minutes, parseDateTime, parseTimeOfDay } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-at-day-edge',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, policy, t, locale }) {
    const at = parseDateTime(review.meeting?.at);
    // The employee's shift when the review names one of the policy's shifts, else the workday.
    const shift = typeof review.meeting?.shift === 'string' ? policy.shifts[review.meeting.shift] : undefined;
    const hours = shift ?? policy.workday;
    const dayStart = parseTimeOfDay(hours.start);
    let dayEnd = parseTimeOfDay(hours.end);
    if (!at || dayStart === undefined || dayEnd === undefined || dayEnd === dayStart) return;
    // A shift that ends before it starts runs past midnight: 22:00–06:30 is 22:00 to 30:30.
    const overnight = dayEnd < dayStart;
    if (overnight) dayEnd += 1440;
    const length = typeof review.meeting?.minutes === 'number' ? review.meeting.minutes : 0;
    // A meeting in the small hours belongs to the night shift that started the evening before.
    // Outside it, the meeting is read against the nearer edge: 07:00 is after a 22:00–06:30 shift, 20:00 before it.
    const next = at.minuteOfDay + 1440;
    const start = overnight && at.minuteOfDay < dayStart && (next < dayEnd || next - dayEnd < dayStart - at.minuteOfDay) ? next : at.minuteOfDay;
    const end = start + length;
    const edge = policy.edge_minutes;
    const workday = `${hours.start}–${hours.end}`;
    const span = length
      ? t('meeting-at-day-edge.span', { start: formatTimeOfDay(start), end: formatTimeOfDay(end) })
      : t('meeting-at-day-edge.spanAt', { start: formatTimeOfDay(start) });
    const earliest = formatTimeOfDay(dayStart + edge);
    const latest = formatTimeOfDay(dayEnd - edge);
    const advice = t(length ? 'meeting-at-day-edge.advice.span' : 'meeting-at-day-edge.advice.at', { earliest, latest });
    let problem: string | undefined;
    if (start < dayStart) problem = t('meeting-at-day-edge.before', { span, workday });
    else if (start >= dayEnd) problem = t('meeting-at-day-edge.after', { span, workday });
    else if (end > dayEnd) problem = t('meeting-at-day-edge.past', { span, workday });
    else if (start - dayStart < edge)
      problem = t('meeting-at-day-edge.early', { gap: minutes(start - dayStart, locale), dayStart: hours.start, edge: minutes(edge, locale) });
    else if (dayEnd - end < edge)
      problem = t(length ? 'meeting-at-day-edge.lateEnd' : 'meeting-at-day-edge.lateStart', {
        start: formatTimeOfDay(start),
        end: formatTimeOfDay(end),
        gap: minutes(dayEnd - end, locale),
        dayEnd: hours.end,
        edge: minutes(edge, locale),
      });
    if (problem) yield { path: ['meeting', 'at'], message: t('meeting-at-day-edge.message', { problem, advice }) };
  },
});
