/**
 * The language the command line speaks: `--locale`, else `locale` in the nearest .reviewrc.yaml,
 * else the environment (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese, anything else English).
 * Findings use the same order per file (the file's own .reviewrc.yaml); the run's own text
 * (help, errors, the summary) uses the .reviewrc.yaml nearest the current folder.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Locale, type Params, fill, localeFromEnv, parseLocale } from '../core/i18n';
import { type CliKey, cliCatalog } from './i18n';
import { engine } from './lazy';
import type { ConfigContext } from '../node/config';
import { readRegularFile } from '../node/host';
import { knownConfig, rememberConfig } from './lint/configs';

/** The run's language, or how to find it on first use (see main.ts). */
let current: Locale | (() => Locale) = 'en';

export function cliLocale(): Locale {
  if (typeof current === 'function') {
    const find = current;
    current = 'en'; // while it is being found
    current = find();
  }
  return current;
}

/**
 * The run's language, or how to find it when a message first needs it: a --cache run opens its
 * cache first, and finds the locale of a .reviewrc.yaml it checked before without the engine.
 */
export function setCliLocale(locale: Locale | (() => Locale)): void {
  current = locale;
}

/** A catalog message in the run's language. */
export function tc(key: CliKey, params?: Params): string {
  return tl(cliLocale(), key, params);
}

/** A catalog message in a given language. */
export function tl(locale: Locale | undefined, key: CliKey, params?: Params): string {
  return fill(cliCatalog(locale ?? 'en')[key] ?? cliCatalog('en')[key] ?? key, params);
}

/** A plural pair: `<base>.one` for 1, `<base>.other` otherwise (`{n}` is the count). */
export function tcn(base: string, n: number, params?: Params): string {
  return tc(`${base}.${Math.abs(n) === 1 ? 'one' : 'other'}` as CliKey, { n, ...params });
}

/** The value of `--locale X` / `--locale=X` anywhere in the arguments, as written. */
export function localeArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--locale') return argv[i + 1];
    if (a.startsWith('--locale=')) return a.slice('--locale='.length);
  }
  return undefined;
}

/** `locale` of the .reviewrc.yaml nearest `dir` (up to the repository root), without judging the rest of it. */
export function configLocale(dir: string): Locale | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const text = readRegularFile(join(d, '.reviewrc.yaml'));
    if (text !== undefined) {
      const known = knownConfig(text);
      if (known) return typeof known.locale === 'string' ? parseLocale(known.locale) : undefined;
      try {
        const { parse, toData } = engine();
        const data = toData(parse(text)) as { locale?: unknown } | null;
        return typeof data?.locale === 'string' ? parseLocale(data.locale) : undefined;
      } catch {
        return undefined;
      }
    }
    if (existsSync(join(d, '.git')) || dirname(d) === d) return undefined;
  }
}

/** The run's language (an unknown --locale value is reported by the option's own check, in this fallback). */
export function detectLocale(argv: readonly string[], cwd: string, env: Record<string, string | undefined>): Locale {
  return parseLocale(localeArg(argv)) ?? configLocale(cwd) ?? localeFromEnv(env);
}

/** How the command line reads a .reviewrc.yaml: the engine loaded on first use, messages in the run's language. */
export const cliConfig: ConfigContext = { engine, locale: cliLocale, known: knownConfig, remember: rememberConfig };
