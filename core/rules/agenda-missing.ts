import { minutes } from '../dates';
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
    if (!agenda.some((item) => item !== undefined)) {
      // An agenda the schema rejected as a whole is the schema rule's finding.
      if (has(['meeting', 'agenda']) && meeting.agenda === undefined) return;
      yield {
        path: ['meeting', 'agenda'],
        message: `The meeting has no agenda. Plan the conversation under meeting.agenda: how to open, what to discuss in which order, how to close, and the minutes for each part.${
          template?.agenda?.some((item) => item !== undefined) ? " The template's agenda is a place to start." : ''
        }`,
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
});
