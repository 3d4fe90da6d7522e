/**
 * Messages in the user's language: one catalog per language (en.ts, zh-CN.ts), keyed by rule id
 * or by the part of the tool that speaks. Sentences are whole in the catalog, with named
 * `{placeholders}`, so that each language keeps its own word order.
 */
import { type MessageKey, en } from './en';
import { zhCN } from './zh-CN';

export type { MessageKey } from './en';
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export const DEFAULT_LOCALE: Locale = 'en';
export type Params = Record<string, string | number>;

export const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The message `key` in `locale` (English when the locale is unknown), its `{placeholders}` filled from `params`. */
export function t(locale: Locale | undefined, key: MessageKey, params?: Params): string {
  return fill((catalogs[locale ?? DEFAULT_LOCALE] ?? en)[key] ?? en[key] ?? key, params);
}

/** A message text with its `{placeholders}` filled from `params` (for catalogs kept outside core, such as the CLI's). */
export function fill(text: string, params?: Params): string {
  if (!params) return text;
  // The message split once into text and {name}s: a 20,000-line review has thousands of findings.
  let parts = split.get(text);
  if (!parts) split.set(text, (parts = text.split(PLACEHOLDER)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/;
/** Per message text: the text between placeholders at even places, the names at odd ones. */
const split = new Map<string, string[]>();

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

/**
 * A language tag or POSIX locale as one of ours: zh, zh-CN, zh_CN.UTF-8, zh-Hans… → 'zh-CN';
 * en, en-US, C, POSIX… → 'en'; empty → undefined.
 */
export function toLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const s = tag.trim().toLowerCase();
  if (!s) return undefined;
  return /^zh(?:$|[-_.@])/.test(s) ? 'zh-CN' : 'en';
}

/** A locale the user named explicitly (`--locale`, `.reviewrc.yaml`, a setting): only the exact ones, case-insensitively. */
export function parseLocale(value: string | undefined | null): Locale | undefined {
  if (!value) return undefined;
  return LOCALES.find((l) => l.toLowerCase() === value.trim().toLowerCase());
}

/** The environment's language, POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; anything not zh is English. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return toLocale(tag) ?? DEFAULT_LOCALE;
}

/** A rule's one-line description in `locale` (`description.<id>`; English is the rule's own meta.description). */
export function ruleDescription(rule: { id: string; meta: { description: string } }, locale: Locale | undefined): string {
  const key = `description.${rule.id}`;
  return locale && locale !== 'en' && has(key) ? t(locale, key) : rule.meta.description;
}
