/**
 * The command line's own messages (help, errors, report lines), kept beside the code that says
 * them; the engine's findings come from core's catalog.
 */
import type { Locale } from '../../core/i18n';
import { type CliKey, enCli } from './en';

export type { CliKey } from './en';

/** The catalog of a language: Chinese is built on first use, a run in English never needs it. */
export function cliCatalog(locale: Locale): Record<CliKey, string> {
  if (locale === 'en') return enCli;
  return (zhCN ??= (require('./zh-CN') as typeof import('./zh-CN')).zhCNCli);
}
let zhCN: Record<CliKey, string> | undefined;
