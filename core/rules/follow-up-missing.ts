import { Scalar } from 'yaml';
import { type CalendarDate, addDays, compareDates, parseDate, parseDateTime } from '../dates';
import { PLACEHOLDER } from '../edits';
import { defineRule } from '../rule';
import type { LooseReview } from '../types';

export default defineRule({
  id: 'follow-up-missing',
  meta: {
    description: 'An improvement plan with no follow-up date on which progress is checked.',
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has }) {
    if (!review.improvement_plan?.some((p) => p !== undefined)) return;
    // A date the schema rejected is still written there: the `schema` rule reports it.
    if (review.follow_up?.on || has(['follow_up', 'on'])) return;
    yield has(['follow_up'])
      ? { path: ['follow_up'], message: 'follow_up has no date. Add `on:` with the date of the conversation that checks progress on the improvement plan.' }
      : {
          path: ['improvement_plan'],
          at: 'key',
          message: 'The improvement plan has no follow-up date. Add `follow_up: { on: YYYY-MM-DD }` with the date of the conversation that checks progress on it.',
        };
  },
  fix: {
    // `on` is required and a date: no placeholder can stand in for it, so the stub proposes one
    // (see proposeDate) with a TODO comment beside it. The rule cannot see that comment: the
    // date is the author's to confirm.
    create: ({ edit, has, review }) => {
      const proposed = proposeDate(review);
      if (!proposed) return undefined;
      const on = new Scalar(proposed.date.text);
      on.comment = ` ${PLACEHOLDER}: proposed, ${proposed.why}; agree the date with the employee`;
      const title = `Add a follow-up date to confirm (${proposed.date.text})`;
      if (!has(['follow_up'])) return { title, edits: [edit.addTopLevel('follow_up', { on }, 'improvement_plan')] };
      return { title, edits: [edit.setEmpty(['follow_up'], { on }) ?? edit.addKeys(['follow_up'], { on: proposed.date.text })] };
    },
  },
});

/**
 * A follow-up date to propose: a week after the plan's earliest due date (progress can be
 * checked then), else 30 days after the meeting, else 30 days after the period; never before
 * the meeting.
 */
function proposeDate(review: LooseReview): { date: CalendarDate; why: string } | undefined {
  const dues = (review.improvement_plan ?? []).flatMap((p) => parseDate(p?.due) ?? []).sort(compareDates);
  const meeting = parseDateTime(review.meeting?.at)?.date;
  const end = parseDate(review.period?.end);
  const after = (d: CalendarDate, n: number) => addDays(d, n);
  let proposed = dues[0] ? { date: after(dues[0], 7), why: "a week after the plan's first due date" }
    : meeting ? { date: after(meeting, 30), why: '30 days after the meeting' }
    : end ? { date: after(end, 30), why: '30 days after the period' }
    : undefined;
  if (proposed && meeting && compareDates(proposed.date, meeting) <= 0) proposed = { date: after(meeting, 30), why: '30 days after the meeting' };
  return proposed;
}
