import { defineRule } from '../rule';
import { opinionTerms } from './lexicon/opinion-as-evidence';
import { feedbackFields } from './text/freetext';
import { termFindings } from './text/lexicon-rule';
import { readTogether } from './text/match';

readTogether(opinionTerms);

export default defineRule({
  id: 'opinion-as-evidence',
  meta: {
    defaultSeverity: 'info',
    from: 'draft',
    fix: 'none',
    tags: ['language', 'interview-basics'],
  },
  *check({ review, t }) {
    yield* termFindings(
      feedbackFields(review).filter((f) => f.key === 'evidence'),
      opinionTerms,
      (words) => t('opinion-as-evidence.message', { words }),
    );
  },
});
