import { defineRule } from '../rule';
import { openAreaTerms } from './lexicon/open-areas';
import { findTerms, quote } from './text/match';

/** Settings that say the place is private, so a missing `location` is not a privacy problem. */
const PRIVATE_SETTINGS = new Set(['private-room', 'video-call']);

export default defineRule({
  id: 'location-not-private',
  meta: {
    description: 'The meeting is set in an open office, at a desk, in a corridor or a canteen, or the review does not say where it is.',
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'seed'],
  },
  *check({ review, has }) {
    const meeting = review.meeting;
    if (!meeting) return;
    const advice = 'Hold it in a closed room where it cannot be overheard or interrupted, such as a small meeting room or a closed office.';
    if (meeting.setting === 'open-office') {
      yield { path: ['meeting', 'setting'], message: `The meeting is set in an open office, where colleagues can see and hear it. ${advice}` };
      return;
    }
    const location = meeting.location;
    if (typeof location === 'string' && location.trim()) {
      const [hit] = findTerms(location, openAreaTerms);
      if (hit)
        yield {
          path: ['meeting', 'location'],
          message: `The location names ${quote(hit.matched)}. ${hit.term.why}. ${advice}`,
        };
      return;
    }
    // No location: fine when the setting vouches for privacy; a rejected value is the schema rule's.
    if (PRIVATE_SETTINGS.has(meeting.setting ?? '') || (has(['meeting', 'location']) && location === undefined)) return;
    yield {
      path: ['meeting', 'location'],
      message: `The review does not say where the meeting takes place. Add \`location:\` (and \`setting: private-room\`) under meeting. ${advice}`,
    };
  },
});
