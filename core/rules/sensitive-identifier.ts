import { defineRule } from '../rule';
import { findIdentifiers, mask } from './text/identifiers';
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
  *check({ kind, review, template, t }) {
    for (const field of stringValues(kind === 'review' ? review : template))
      for (const id of findIdentifiers(field.text))
        yield {
          path: field.path,
          inner: { start: id.index, end: id.index + id.text.length },
          // Which appearance of this text in the value it is: the fix redacts that one.
          data: { text: id.text, occurrence: field.text.slice(0, id.index).split(id.text).length - 1 },
          message: t('sensitive-identifier.message', { name: t(`sensitive-identifier.name.${id.kind}`), masked: mask(id.text), check: t(`sensitive-identifier.check.${id.kind}`) }),
        };
  },
  fix: {
    // Only the identifier is replaced, inside the value as written: its quoting and the rest of the text stay.
    create: ({ edit, t }, report) => ({
      title: t('sensitive-identifier.fix'),
      edits: [edit.replaceInScalar(report.path, String(report.data!.text), t('sensitive-identifier.redacted'), Number(report.data!.occurrence))],
    }),
  },
});
