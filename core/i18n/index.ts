/**
 * Messages in the user's language: one catalog per language (en.ts, zh-CN.ts), keyed by rule id
 * or by the part of the tool that speaks. Sentences are whole in the catalog, with named
 * `{placeholders}`, so that each language keeps its own word order.
 */
import { type MessageKey, en } from './en';
import { DEFAULT_LOCALE, type Locale, type Params, fill } from './locale';

// The catalog-free part (languages, filling placeholders): what a front end may load without the catalogs.
export * from './locale';

export type { MessageKey } from './en';
let zhCN: Record<MessageKey, string> | undefined;

/** Each catalog but English is built when first read: a run in English never builds the others. */
export const catalogs = Object.defineProperty({ en } as Record<Locale, Record<MessageKey, string>>, 'zh-CN', {
  enumerable: true,
  get: () => (zhCN ??= (require('./zh-CN') as typeof import('./zh-CN')).zhCN),
});

/** The message `key` in `locale` (English when the locale is unknown), its `{placeholders}` filled from `params`. */
export function t(locale: Locale | undefined, key: MessageKey, params?: Params): string {
  return fill((catalogs[locale ?? DEFAULT_LOCALE] ?? en)[key] ?? en[key] ?? key, params);
}

/** A plural pair: `<base>.one` for 1, `<base>.other` otherwise (`{n}` is the count). */
export function tn(locale: Locale | undefined, base: string, n: number, params?: Params): string {
  return t(locale, `${base}.${Math.abs(n) === 1 ? 'one' : 'other'}` as MessageKey, { n, ...params });
}

/** "a, b and c" / "a、b和c". */
export function list(locale: Locale | undefined, items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join(t(locale, 'common.list.sep'));
  return t(locale, conjunction === 'and' ? 'common.list.and' : 'common.list.or', { head, last: items[items.length - 1]! });
}

/** Whether a key exists (for keys built from data, such as an enum value). */
export function has(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
