import { minutes } from '../dates';
import { DEFAULT_AGENDA } from '../defaults';
import { isPlaceholder } from '../edits';
import { defineRule } from '../rule';

export default defineRule({
  id: 'agenda-missing',
  meta: {
    description: 'The meeting has no agenda, or its agenda takes more minutes than the meeting has.',
    defaultSeverity: 'info',
    from: 'scheduled',
    fix: 'stub',
    tags: ['preparation', 'seed'],
  },
  *check({ review, template, has }) {
    const meeting = review.meeting;
    if (!meeting) return;
    const agenda = meeting.agenda ?? [];
    // Items whose topic is still a placeholder plan nothing yet.
    if (!agenda.some((item) => item !== undefined && !isPlaceholder(item.topic))) {
      // An agenda the schema rejected as a whole is the schema rule's finding.
      if (has(['meeting', 'agenda']) && meeting.agenda === undefined) return;
      yield {
        path: ['meeting', 'agenda'],
        message: `The meeting has no agenda. Plan the conversation under meeting.agenda: how to open, what to discuss in which order, how to close, and the minutes for each part.${
          template?.agenda?.some((item) => item !== undefined) ? " The template's agenda is a place to start." : ''
        }`,
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
      message: `The agenda adds up to ${minutes(planned)}, but the meeting is planned for ${minutes(length)}. Shorten the agenda or book a longer meeting, so that the last items are not rushed.`,
      related: [{ path: ['meeting', 'minutes'], message: `The meeting is planned for ${minutes(length)}.` }],
    };
  },
  fix: {
    // Only a missing agenda gets one; an agenda over time needs a choice of what to cut.
    canFix: (report) => report.data?.none === true && !report.data.stub,
    create: ({ edit, has, review, template }) => {
      const fromTemplate = (template?.agenda ?? []).flatMap((item) =>
        typeof item?.topic === 'string' && item.topic.trim() ? [{ topic: item.topic, ...(typeof item.minutes === 'number' ? { minutes: item.minutes } : {}) }] : [],
      );
      const items = fromTemplate.length ? fromTemplate : fitted(review.meeting?.minutes);
      const title = fromTemplate.length ? "Add the template's agenda" : 'Add an interview procedure to adapt';
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
