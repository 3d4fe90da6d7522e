/**
 * Phrases that mark an opinion or hearsay written where a fact belongs (`evidence`).
 * Source: the performance-interview Q&A, answer 7: "take the facts as the basis, do not mix our own opinions";
 * SBI (Center for Creative Leadership): the behaviour must be observable.
 */
import type { Term } from './types';

const OPINION = "The reviewer's opinion, not a fact someone else could check";
const HEARSAY = 'Hearsay: second-hand and unattributed, the employee cannot answer it';

export const opinionTerms: readonly Term[] = [
  { term: 'I feel', lang: 'en', why: OPINION },
  { term: 'I think', lang: 'en', why: OPINION },
  { term: 'I believe', lang: 'en', why: OPINION },
  { term: 'in my opinion', lang: 'en', why: OPINION },
  { term: 'my impression', lang: 'en', why: OPINION },
  { term: 'my sense is', lang: 'en', why: OPINION },
  { term: 'gut feeling', lang: 'en', why: OPINION },
  { term: 'it seems', lang: 'en', why: OPINION },
  { term: 'seems like', lang: 'en', why: OPINION },
  { term: 'I heard', lang: 'en', why: HEARSAY },
  { term: "I've heard", lang: 'en', why: HEARSAY },
  { term: 'I was told', lang: 'en', why: HEARSAY },
  { term: 'people say', lang: 'en', why: HEARSAY },
  { term: 'people said', lang: 'en', why: HEARSAY },
  { term: 'everyone knows', lang: 'en', why: HEARSAY },
  { term: 'rumour*', lang: 'en', why: HEARSAY },
  { term: 'rumor*', lang: 'en', why: HEARSAY },
  { term: 'word is', lang: 'en', why: HEARSAY },
  { term: 'apparently', lang: 'en', why: HEARSAY },
  { term: '我觉得', lang: 'zh', why: OPINION },
  { term: '我认为', lang: 'zh', why: OPINION },
  { term: '我感觉', lang: 'zh', why: OPINION },
  { term: '我相信', lang: 'zh', why: OPINION },
  { term: '个人认为', lang: 'zh', why: OPINION },
  { term: '印象中', lang: 'zh', why: OPINION },
  { term: '好像', lang: 'zh', why: OPINION },
  { term: '似乎', lang: 'zh', why: OPINION },
  { term: '听说', lang: 'zh', why: HEARSAY },
  { term: '据说', lang: 'zh', why: HEARSAY },
  { term: '有人说', lang: 'zh', why: HEARSAY },
  { term: '大家都说', lang: 'zh', why: HEARSAY },
  { term: '同事反映', lang: 'zh', why: `${HEARSAY}（未具名的反映）` },
];
