import { YAMLMap } from 'yaml';
import { type CalendarDate, addDays, compareDates, parseDate, parseDateTime } from '../dates';
import { defineRule } from '../rule';
import type { LooseReview } from '../types';

export default defineRule({
  id: 'follow-up-missing',
  meta: {
    defaultSeverity: 'warning',
    from: 'held',
    fix: 'stub',
    tags: ['outcome'],
  },
  *check({ review, has, t }) {
    if (!review.improvement_plan?.some((p) => p !== undefined)) return;
    // A date the schema rejected is still written there: the `schema` rule reports it.
    if (review.follow_up?.on || has(['follow_up', 'on'])) return;
    // A PIP's or a probation's dated checkpoints are its follow-ups.
    if (review.checkpoints?.some((c) => typeof c?.on === 'string')) return;
    yield has(['follow_up'])
      ? { path: ['follow_up'], message: t('follow-up-missing.noDate') }
      : {
          path: ['improvement_plan'],
          at: 'key',
          message: t('follow-up-missing.none'),
        };
  },
  fix: {
    // No date is written for the author: the stub leaves `follow_up` empty with the proposed
    // date (see proposeDate) in a TODO comment, and the rule keeps asking until `on` is set.
    canFix: (report) => report.path[0] !== 'follow_up',
    create: ({ edit, review, t }) => {
      const proposed = proposeDate(review);
      if (!proposed) return undefined;
      const empty = new YAMLMap();
      empty.flow = true;
      empty.comment = ` ${t('follow-up-missing.stub', { date: proposed.date.text, why: t(`follow-up-missing.why.${proposed.why}`) })}`;
      const title = t('follow-up-missing.fix', { date: proposed.date.text });
      return { title, edits: [edit.addTopLevel('follow_up', empty, 'improvement_plan')] };
    },
  },
});

/**
 * A follow-up date to propose: a week after the plan's earliest due date (progress can be
 * checked then), else 30 days after the meeting, else 30 days after the period; never before
 * the meeting.
 */
function proposeDate(review: LooseReview): { date: CalendarDate; why: 'plan' | 'meeting' | 'period' } | undefined {
  const dues = (review.improvement_plan ?? []).flatMap((p) => parseDate(p?.due) ?? []).sort(compareDates);
  const meeting = parseDateTime(review.meeting?.at)?.date;
  const end = parseDate(review.period?.end);
  const after = (d: CalendarDate, n: number) => addDays(d, n);
  let proposed = dues[0] ? { date: after(dues[0], 7), why: 'plan' as const }
    : meeting ? { date: after(meeting, 30), why: 'meeting' as const }
    : end ? { date: after(end, 30), why: 'period' as const }
    : undefined;
  if (proposed && meeting && compareDates(proposed.date, meeting) <= 0) proposed = { date: after(meeting, 30), why: 'meeting' };
  return proposed;
}
