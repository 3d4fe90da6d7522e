import { defineRule } from '../rule';
import { personalityTerms } from './lexicon/personality-language';
import { feedbackFields } from './text/freetext';
import { termFindings } from './text/lexicon-rule';
import { readTogether } from './text/match';

readTogether(personalityTerms);

export default defineRule({
  id: 'personality-language',
  meta: {
    defaultSeverity: 'warning',
    from: 'draft',
    fix: 'none',
    tags: ['language'],
  },
  *check({ review, t }) {
    yield* termFindings(
      feedbackFields(review),
      personalityTerms,
      (words) => t('personality-language.message', { words }),
    );
  },
});
