/**
 * The command line's own messages (help, errors, report lines), kept beside the code that says
 * them; the engine's findings come from core's catalog.
 */
import type { Locale } from '../../core/i18n';
import { type CliKey, enCli } from './en';
import { zhCNCli } from './zh-CN';

export type { CliKey } from './en';
export const cliCatalogs: Record<Locale, Record<CliKey, string>> = { en: enCli, 'zh-CN': zhCNCli };
