// Reading a `.reviewrc.yaml` from its text: the checks every host shares (the command line and the
// language server on Node, the language server in a browser worker). No file system here.
import { type Locale, t } from '../core/i18n';
import type { ParsedDoc } from '../core/parse';
import type { Path } from '../core/syntax';
import type { CustomRule } from '../schemas';
import type { Loose, SchemaIssue, UserConfig } from '../core/types';
import { nodeMessage } from './messages';

/** A problem with the run itself (exit 2): one clear line, never a stack trace. */
export class UsageError extends Error {}

/** The parts of the engine that reading a `.reviewrc.yaml` needs. */
export interface ConfigEngine {
  parse(text: string): ParsedDoc;
  toData(parsed: ParsedDoc): unknown;
  validate(kind: 'config', data: unknown, locale: Locale): { issues: readonly SchemaIssue[] };
  customRuleProblems(list: readonly (Loose<CustomRule> | undefined)[] | undefined, base: Path, locale: Locale): SchemaIssue[];
  displayPath(path: Path, locale?: Locale): string;
  /** Only where plugins may load (the command line); the language server loads them itself. */
  loadPlugins?(configPath: string, plugins: readonly string[]): { problems: readonly string[] };
}

/**
 * What the caller lends to config reading: the engine, handed over lazily so that the command
 * line loads it only once a `.reviewrc.yaml` is really read, and the language of its messages.
 */
export interface ConfigContext {
  engine(): ConfigEngine;
  locale(): Locale;
  /** What checking this text gave before, when the host keeps it (the command line's --cache). */
  known?(text: string): UserConfig | undefined;
  /** Keeps what checking this text gave. */
  remember?(text: string, config: UserConfig): void;
}

/** Checks the text of one `.reviewrc.yaml` (undefined: it could not be read); a broken one stops the run with a clear line. */
export function configFromText(path: string, text: string | undefined, ctx: ConfigContext): UserConfig {
  if (text === undefined) throw new UsageError(nodeMessage(ctx.locale(), 'config.unreadable', { path }));
  const known = ctx.known?.(text);
  if (known) return known;
  const { parse, toData, validate } = ctx.engine();
  const parsed = parse(text);
  const bad = parsed.problems.find((p) => p.severity === 'error');
  if (bad) throw new UsageError(`${path}:${bad.range.start.line + 1}:${bad.range.start.character + 1}: ${bad.key ? t(ctx.locale(), bad.key, { detail: bad.detail ?? '' }) : bad.message}`);
  let data: unknown;
  try {
    data = toData(parsed) ?? {};
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
  const { issues } = validate('config', data, ctx.locale());
  if (issues.length) throw new UsageError(`${path}: ${issues[0]!.message}`);
  const { customRuleProblems, displayPath } = ctx.engine();
  const declared = customRuleProblems((data as UserConfig).custom_rules, ['custom_rules'], ctx.locale());
  if (declared.length) throw new UsageError(declared.map((d) => `${path}: ${displayPath(d.path, ctx.locale())}: ${d.message}`).join('\n'));
  ctx.remember?.(text, data as UserConfig);
  return data as UserConfig;
}
