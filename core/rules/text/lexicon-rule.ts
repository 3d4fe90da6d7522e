/** The shared body of the word-list rules: every term found in every field, one finding each. */
import type { Report } from '../../rule';
import type { Term } from '../lexicon/types';
import type { TextField } from './freetext';
import { fieldTerms, quote } from './match';

export function* termFindings(
  fields: readonly TextField[],
  terms: readonly Term[],
  message: (matched: string, term: Term) => string,
): Generator<Report> {
  for (const field of fields)
    for (const hit of fieldTerms(field, terms)) yield { path: field.path, inner: { start: hit.index, end: hit.end }, message: message(quote(hit.matched), hit.term) };
}
