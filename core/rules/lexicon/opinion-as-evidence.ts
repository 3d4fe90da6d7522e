/**
 * Phrases that mark an opinion or hearsay written where a fact belongs (`evidence`).
 * Source: the performance-interview Q&A, answer 7: "take the facts as the basis, do not mix our own opinions";
 * SBI (Center for Creative Leadership): the behaviour must be observable. Smith, "Documenting
 * Employee Behavior", Vault, 2009: record direct observations, hearsay only in special
 * circumstances; Adeak, "What Should I Document as Part of Performance Management?", 2009: do
 * not document hearsay or rumours.
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
  ...['the team says', 'the team feels', 'the team thinks', 'the team said', 'people tell me', 'people have told me', "I've been told", 'I have been told',
    'others say', 'others have said', 'some people', 'several people', 'colleagues say', 'colleagues feel', 'colleagues have said', 'reportedly',
    'the general feeling', 'the consensus is', 'it is said', 'word on the floor'].map((term) => ({ term, lang: 'en' as const, why: HEARSAY })),
  ...['I get the sense', 'my feeling is', 'I suspect', 'I assume', 'my gut', 'I sense'].map((term) => ({ term, lang: 'en' as const, why: OPINION })),
  ...['大家反映', '大家觉得', '大家认为', '大家普遍认为', '有同事说', '有同事反映', '有人反映', '据反映', '群众反映', '员工反映', '团队反映', '传言', '风评', '私下反映']
    .map((term) => ({ term, lang: 'zh' as const, why: `${HEARSAY}（未具名的反映）` })),
  ...['我猜', '感觉上', '看起来', '给人的感觉'].map((term) => ({ term, lang: 'zh' as const, why: OPINION })),
];
