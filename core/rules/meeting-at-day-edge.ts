import { formatTimeOfDay, minutes, parseDateTime, parseTimeOfDay } from '../dates';
import { defineRule } from '../rule';

export default defineRule({
  id: 'meeting-at-day-edge',
  meta: {
    description: "The meeting starts right after the workday begins, ends right before it ends (closer than `policy.edge_minutes`, 30), or lies outside the workday.",
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'seed'],
  },
  *check({ review, policy }) {
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
    const span = length ? `${formatTimeOfDay(start)}–${formatTimeOfDay(end)}` : `at ${formatTimeOfDay(start)}`;
    const earliest = formatTimeOfDay(dayStart + edge);
    const latest = formatTimeOfDay(dayEnd - edge);
    const advice = `${length ? `Start it at ${earliest} or later and end it by ${latest}` : `Start it between ${earliest} and ${latest}`}, when neither side is arriving or about to leave.`;
    let problem: string | undefined;
    if (start < dayStart) problem = `The meeting (${span}) starts before the workday (${workday}).`;
    else if (start >= dayEnd) problem = `The meeting (${span}) starts after the workday (${workday}).`;
    else if (end > dayEnd) problem = `The meeting (${span}) runs past the end of the workday (${workday}).`;
    else if (start - dayStart < edge)
      problem = `The meeting starts ${minutes(start - dayStart)} after the workday begins (${policy.workday.start}); keep at least ${minutes(edge)} from the start.`;
    else if (dayEnd - end < edge)
      problem = `The meeting ${length ? `ends at ${formatTimeOfDay(end)}, ` : `starts at ${formatTimeOfDay(start)}, `}${minutes(dayEnd - end)} before the workday ends (${policy.workday.end}); keep at least ${minutes(edge)} from the end.`;
    if (problem) yield { path: ['meeting', 'at'], message: `${problem} ${advice}` };
  },
});
