/**
 * Absolutes: words that turn some occurrences into "every time". An employee can refute them with
 * one counter-example, and they hide how often something actually happened (SBI, Center for
 * Creative Leadership: name the situation; the performance-interview Q&A: "take the facts as the basis").
 * "一直" is left out: it mostly means "all along" ("一直负责华东区"), not "always".
 */
import type { Term } from './types';

const ABS = 'An absolute: one counter-example refutes it, and it hides how often it happened. Give the count or the occasions';

export const absoluteTerms: readonly Term[] = [
  { term: 'always', lang: 'en', why: ABS, except: ['always-on'] },
  { term: 'never', lang: 'en', why: ABS },
  { term: 'constantly', lang: 'en', why: ABS },
  { term: 'continually', lang: 'en', why: ABS },
  { term: 'everyone', lang: 'en', why: ABS },
  { term: 'everybody', lang: 'en', why: ABS },
  { term: 'nobody', lang: 'en', why: ABS },
  { term: 'no one', lang: 'en', why: ABS },
  { term: 'all the time', lang: 'en', why: ABS },
  { term: 'every single time', lang: 'en', why: ABS },
  { term: 'without exception', lang: 'en', why: ABS },
  ...['every time', 'at all times', 'invariably', 'not once', 'not a single time', 'never once', 'each and every', 'none of the time'].map((term) => ({ term, lang: 'en' as const, why: ABS })),
  { term: '总是', lang: 'zh', why: ABS },
  { term: '老是', lang: 'zh', why: ABS },
  { term: '从不', lang: 'zh', why: ABS },
  { term: '从来', lang: 'zh', why: ABS },
  { term: '永远', lang: 'zh', why: ABS },
  { term: '每次都', lang: 'zh', why: ABS },
  { term: '所有人', lang: 'zh', why: ABS },
  { term: '没有人', lang: 'zh', why: ABS },
  { term: '动不动就', lang: 'zh', why: ABS },
  { term: '毫无例外', lang: 'zh', why: ABS },
  ...['向来', '一向', '从没', '一次都没', '任何时候都', '时时刻刻', '处处', '事事'].map((term) => ({ term, lang: 'zh' as const, why: ABS })),
];
