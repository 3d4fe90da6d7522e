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
          // Which appearance of this text in the value it is: the fix redacts that one.
          data: { text: id.text, occurrence: field.text.slice(0, id.index).split(id.text).length - 1 },
          message: `Possible ${IDENTIFIER_NAMES[id.kind]} ending ${mask(id.text)}: ${IDENTIFIER_CHECKS[id.kind]}. Review files are kept in git, where history keeps it after a later edit: remove it before committing, and review.`,
        };
  },
  fix: {
    // Only the identifier is replaced, inside the value as written: its quoting and the rest of the text stay.
    create: ({ edit }, report) => ({
      title: 'Redact the identifier',
      edits: [edit.replaceInScalar(report.path, String(report.data!.text), REDACTED, Number(report.data!.occurrence))],
    }),
  },
});

/** What a redacted identifier reads: safe unquoted anywhere in a YAML value, and not an identifier. */
const REDACTED = '(redacted)';
