import { defineRule } from '../rule';
import { DESK, EATING, OPEN, PASSAGE, openAreaTerms } from './lexicon/open-areas';
import { findTerms, quote } from './text/match';

/** Settings that say the place is private, so a missing `location` is not a privacy problem. */
const PRIVATE_SETTINGS = new Set(['private-room', 'video-call']);

/** A term's reason (the word list's English text) as the catalog's key. */
const WHY: Record<string, 'open' | 'desk' | 'passage' | 'eating'> = { [OPEN]: 'open', [DESK]: 'desk', [PASSAGE]: 'passage', [EATING]: 'eating' };

export default defineRule({
  id: 'location-not-private',
  meta: {
    defaultSeverity: 'warning',
    from: 'scheduled',
    fix: 'none',
    tags: ['preparation', 'interview-basics'],
  },
  *check({ review, has, t }) {
    const meeting = review.meeting;
    if (!meeting) return;
    const advice = t('location-not-private.advice');
    if (meeting.setting === 'open-office') {
      yield { path: ['meeting', 'setting'], message: t('location-not-private.openOffice', { advice }) };
      return;
    }
    const location = meeting.location;
    if (typeof location === 'string' && location.trim()) {
      const [hit] = findTerms(location, openAreaTerms);
      if (hit)
        yield {
          path: ['meeting', 'location'],
          inner: { start: hit.index, end: hit.end },
          message: t('location-not-private.named', { place: quote(hit.matched), why: t(`location-not-private.why.${WHY[hit.term.why] ?? 'open'}`), advice }),
        };
      return;
    }
    // No location: fine when the setting vouches for privacy; a rejected value is the schema rule's.
    if (PRIVATE_SETTINGS.has(meeting.setting ?? '') || (has(['meeting', 'location']) && location === undefined)) return;
    yield {
      path: ['meeting', 'location'],
      message: t('location-not-private.none', { advice }),
    };
  },
});
