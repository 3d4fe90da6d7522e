// Languages and placeholders, without the catalogs: what a front end (the command line's start-up)
// may load without the engine's messages.

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export const DEFAULT_LOCALE: Locale = 'en';
export type Params = Record<string, string | number>;

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
