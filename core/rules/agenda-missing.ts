import { minutes } from '../dates';
import { DEFAULT_AGENDA } from '../defaults';
import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'agenda-missing',
  meta: {
    defaultSeverity: 'info',
    from: 'scheduled',
    fix: 'stub',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, template, has, t, locale }) {
    const meeting = review.meeting;
    if (!meeting) return;
    const agenda = meeting.agenda ?? [];
    // Items whose topic is still a placeholder plan nothing yet.
    if (!agenda.some((item) => item !== undefined && !isPlaceholder(item.topic))) {
      // An agenda the schema rejected as a whole is the schema rule's finding.
      if (has(['meeting', 'agenda']) && meeting.agenda === undefined) return;
      yield {
        path: ['meeting', 'agenda'],
        message: t(template?.agenda?.some((item) => item !== undefined) ? 'agenda-missing.none.template' : 'agenda-missing.none'),
        data: { none: true, stub: agenda.some((item) => isPlaceholder(item?.topic)) },
      };
      return;
    }
    const length = meeting.minutes;
    if (typeof length !== 'number') return;
    const planned = agenda.reduce((sum, item) => sum + (typeof item?.minutes === 'number' ? item.minutes : 0), 0);
    if (planned <= length) return;
    yield {
      path: ['meeting', 'agenda'],
      at: 'key',
      message: t('agenda-missing.tooLong', { planned: minutes(planned, locale), length: minutes(length, locale) }),
      related: [{ path: ['meeting', 'minutes'], message: t('agenda-missing.tooLong.related', { length: minutes(length, locale) }) }],
    };
  },
  fix: {
    // Only a missing agenda gets one; an agenda over time needs a choice of what to cut.
    canFix: (report) => report.data?.none === true && !report.data.stub,
    create: ({ edit, has, review, template, t }) => {
      const fromTemplate = (template?.agenda ?? []).flatMap((item) =>
        typeof item?.topic === 'string' && item.topic.trim() ? [{ topic: item.topic, ...(typeof item.minutes === 'number' ? { minutes: item.minutes } : {}) }] : [],
      );
      // The default procedure's topics in the reader's language (agenda-missing.topic.N is DEFAULT_AGENDA[N-1]).
      const items = fromTemplate.length ? fromTemplate : fitted(review.meeting?.minutes).map((item, i) => ({ ...item, topic: t(`agenda-missing.topic.${i + 1}` as 'agenda-missing.topic.1') }));
      const title = t(fromTemplate.length ? 'agenda-missing.fix.template' : 'agenda-missing.fix.default');
      return { title, edits: [has(['meeting', 'agenda']) ? edit.appendItems(['meeting', 'agenda'], items) : edit.addKeys(['meeting'], { agenda: items })] };
    },
  },
});

/** The default procedure, its minutes scaled down to fit a shorter meeting (dropped when too short to share). */
function fitted(length: unknown): { topic: string; minutes?: number }[] {
  const total = DEFAULT_AGENDA.reduce((sum, item) => sum + item.minutes, 0);
  if (typeof length !== 'number' || length >= total) return DEFAULT_AGENDA.map((item) => ({ ...item }));
  if (length < DEFAULT_AGENDA.length) return DEFAULT_AGENDA.map(({ topic }) => ({ topic }));
  return DEFAULT_AGENDA.map(({ topic, minutes }) => ({ topic, minutes: Math.max(1, Math.floor((minutes * length) / total)) }));
}
