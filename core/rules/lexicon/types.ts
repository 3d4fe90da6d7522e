/** One entry of a word list: the term, its language and why it is on the list (with its source). */
export interface Term {
  /** English: whole words, a trailing `*` for any ending; Chinese: a substring. */
  term: string;
  lang: 'en' | 'zh';
  why: string;
  /** Phrases in which the term is not what the rule is about, e.g. "attitude survey". */
  except?: string[];
}
