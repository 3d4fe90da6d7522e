import { defineRule } from '../rule';
import { IDENTIFIER_CHECKS, IDENTIFIER_NAMES, findIdentifiers, mask } from './text/identifiers';
import { stringValues } from './text/freetext';

export default defineRule({
  id: 'sensitive-identifier',
  meta: {
    description: 'A national id number (CN resident id, US SSN, UK NINO), an IBAN or a card number anywhere in the file, recognised by its check digits.',
    defaultSeverity: 'error',
    from: 'draft',
    fix: 'auto',
    tags: ['privacy'],
    appliesTo: ['review', 'template'],
  },
  *check({ kind, review, template }) {
    for (const field of stringValues(kind === 'review' ? review : template))
      for (const id of findIdentifiers(field.text))
        yield {
          path: field.path,
          message: `Possible ${IDENTIFIER_NAMES[id.kind]} ending ${mask(id.text)}: ${IDENTIFIER_CHECKS[id.kind]}. Review files are kept in git, where history keeps it after a later edit: remove it before committing, and review.`,
        };
  },
});
