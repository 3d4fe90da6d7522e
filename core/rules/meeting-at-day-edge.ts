import { formatTimeOfDay, minutes, parseDateTime, parseTimeOfDay } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-at-day-edge',
  meta: {
    description: "The meeting starts right after the workday begins, ends right before it ends (closer than `policy.edge_minutes`, 30), or lies outside the workday.",
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, policy, t, locale }) {
    const at = parseDateTime(review.meeting?.at);
    const dayStart = parseTimeOfDay(policy.workday.start);
    const dayEnd = parseTimeOfDay(policy.workday.end);
    // A workday that ends before it starts (a night shift) is not something this rule can judge.
    if (!at || dayStart === undefined || dayEnd === undefined || dayEnd <= dayStart) return;
    const length = typeof review.meeting?.minutes === 'number' ? review.meeting.minutes : 0;
    const start = at.minuteOfDay;
    const end = start + length;
    const edge = policy.edge_minutes;
    const workday = `${policy.workday.start}–${policy.workday.end}`;
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
      problem = t('meeting-at-day-edge.early', { gap: minutes(start - dayStart, locale), dayStart: policy.workday.start, edge: minutes(edge, locale) });
    else if (dayEnd - end < edge)
      problem = t(length ? 'meeting-at-day-edge.lateEnd' : 'meeting-at-day-edge.lateStart', {
        start: formatTimeOfDay(start),
        end: formatTimeOfDay(end),
        gap: minutes(dayEnd - end, locale),
        dayEnd: policy.workday.end,
        edge: minutes(edge, locale),
      });
    if (problem) yield { path: ['meeting', 'at'], message: t('meeting-at-day-edge.message', { problem, advice }) };
  },
});
