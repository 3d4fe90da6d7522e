/**
 * What a rule is: its id, its metadata, the messages it may speak, what it reports and how it
 * fixes it. Built-in rules speak from the catalog (core/i18n), and the type system lets each one
 * use only its own keys (`<id>.…`, plus the shared `common.…`); a plugin or a declarative rule
 * brings its own messages in both languages. A rule's report payload (`data`) is typed, and
 * reaches the rule's own fix with that type.
 */
import type { ScaleLevel } from '../schemas';
import type { EditBuilder, TextEdit } from './edits';
import { LOCALES, type Locale, type MessageKey, type Params, catalogs } from './i18n';
import type { DocKind, Path } from './syntax';
import type { FixKind, LooseReview, LooseTemplate, Policy, PrivacyProfile, Severity, Status } from './types';

/** Text in English and, where it is given, Chinese (English is used where it is not). */
export type Localized = { en: string } & Partial<Record<Locale, string>>;

export interface RuleMeta {
  /** One line, in both languages; built-in rules take it from the catalog (`description.<id>`). */
  description: Localized;
  defaultSeverity: Severity;
  /** First status at which the rule speaks; null for rules about templates. */
  from: Status | null;
  fix: FixKind | 'none';
  tags: string[];
  /** What the rule reads; defaults to ['review']. */
  appliesTo?: DocKind[];
  /** Where the rule is documented, when it is not one of ours (a plugin's or a template's page). */
  docs?: string;
  /** Who brought the rule: the built-ins, a plugin (its package or file) or a template / .reviewrc.yaml. */
  origin?: string;
}

/** What a rule may read: the document (already checked by the schema), its template and the policy in force. */
export interface RuleContext<K extends string = string> {
  kind: DocKind;
  review: LooseReview;
  template: LooseTemplate | undefined;
  /** The template's scale, or the default 1..5. */
  scale: ScaleLevel[];
  policy: Policy;
  status: Status;
  /** Whether a node exists at the path (rules may point at it rather than at its parent). */
  has(path: Path): boolean;
  /** The language of messages (LintOptions.locale, else English). */
  locale: Locale;
  /** Which law's list of sensitive data the privacy rules apply: the template's, else .reviewrc.yaml's, else by the team's `locale` there (zh-CN: pipl), else gdpr. Not by the reader's language: a file's findings are the same for everyone. */
  privacy?: PrivacyProfile;
  /** One of the rule's own messages in `locale`, its `{placeholders}` filled from `params`. */
  t(key: K, params?: Params): string;
  /** A plural pair of the rule's messages (`<base>.one` / `<base>.other`), `{n}` set to `n`. */
  tn(base: PluralBase<K>, n: number, params?: Params): string;
  /** "a, b and c" in `locale`. */
  list(items: readonly string[], conjunction: 'and' | 'or'): string;
}

type PluralBase<K extends string> = K extends `${infer B}.one` ? B : never;

export interface Report<D = unknown> {
  path: Path;
  message: string;
  /** What the rule's fix needs to know (e.g. the suggested spelling), typed by the rule. */
  data?: D;
  /** Point at the key rather than its value. */
  at?: 'key' | 'value';
  /** For what has no path (a comment): the offsets [start, end) in the text; wins over `path`. */
  span?: { start: number; end: number };
  /** The words the finding is about: offsets [start, end) inside the string value at `path`. */
  inner?: { start: number; end: number };
  related?: { path: Path; message: string }[];
}

export interface FixContext<K extends string = string> extends RuleContext<K> {
  edit: EditBuilder;
}

export interface RuleFix<D = unknown, K extends string = string> {
  /** Whether this report can be fixed (default: yes). */
  canFix?(report: Report<D>): boolean;
  /** The edit, built with `edit` (never by concatenating YAML text); undefined when not possible here. */
  create(ctx: FixContext<K>, report: Report<D>): { title: string; edits: (TextEdit | undefined)[] } | undefined;
}

/** Messages a rule brings itself: `en` has every key, `zh-CN` may translate them. */
export type RuleMessages<K extends string = string> = { en: Record<K, string> } & Partial<Record<Locale, Partial<Record<K, string>>>>;

export interface Rule<D = unknown> {
  id: string;
  meta: RuleMeta;
  /** The rule's own messages; absent for built-in rules, which speak from the catalog. */
  messages?: RuleMessages;
  /** What the rule finds. Rules whose findings the engine makes itself (see core/sources.ts) have none. */
  check?(ctx: RuleContext): Iterable<Report<D>>;
  /** The rule's quick fix, when it has one (meta.fix says which kind). */
  fix?: RuleFix<D>;
}

/** The catalog keys a built-in rule may use: its own, and the shared ones. */
export type OwnKey<Id extends string> = Extract<MessageKey, `${Id}.${string}` | `common.${string}`>;

/** A built-in rule as written in core/rules/: the description and messages live in the catalog under its id. */
export interface BuiltinSpec<Id extends string, D> {
  id: Id;
  meta: Omit<RuleMeta, 'description' | 'docs' | 'origin'>;
  check?(ctx: RuleContext<OwnKey<Id>>): Iterable<Report<D>>;
  fix?: RuleFix<D, OwnKey<Id>>;
}

/**
 * Gives a built-in rule its type. Its description is read from the catalog once, here: the
 * type refuses an id without a `description.<id>` entry.
 */
export function defineRule<const Id extends string, D = undefined>(
  spec: BuiltinSpec<Id, D> & (`description.${Id}` extends MessageKey ? unknown : { missingDescription: `description.${Id}` }),
): Rule<D> {
  const key = `description.${spec.id}` as MessageKey;
  const description: Localized = { en: catalogs.en[key] };
  // The other languages' descriptions are read from their catalogs when first asked for (see catalogs).
  for (const locale of LOCALES) if (locale !== 'en') Object.defineProperty(description, locale, { enumerable: true, get: () => catalogs[locale][key] });
  return { ...(spec as unknown as Rule<D>), meta: { ...spec.meta, description, origin: 'review-yaml' } };
}

/** The description of a rule in `locale`, English where it has none in that language. */
export function describe(rule: Pick<Rule, 'meta'>, locale: Locale | undefined): string {
  return (locale && rule.meta.description[locale]) || rule.meta.description.en;
}

const DOCS_BASE = 'https://github.com/review-yaml/review-yaml/blob/main/docs/rules/';

/** The page that documents a built-in rule, in the reader's language; computed from the id, never typed by hand. */
export function docsUrl(ruleId: string, locale: Locale = 'en'): string {
  return locale === 'zh-CN' ? `${DOCS_BASE}zh-CN/${ruleId}.md` : `${DOCS_BASE}${ruleId}.md`;
}

/** The page of any rule: ours from its id, a plugin's or a template's from the link it gives (if any). */
export function ruleDocsUrl(rule: Pick<Rule, 'id' | 'meta'>, locale: Locale = 'en'): string | undefined {
  return rule.meta.origin === 'review-yaml' ? docsUrl(rule.id, locale) : rule.meta.docs;
}

/** What is said about a rule without running it (SARIF, `review-yaml rules`, hover): plain data. */
export interface RuleDescriptor {
  id: string;
  description: Localized;
  defaultSeverity: Severity;
  from: Status | null;
  fix: FixKind | 'none';
  tags: string[];
  docs?: string;
  origin?: string;
}

export function describeRule(rule: Pick<Rule, 'id' | 'meta'>): RuleDescriptor {
  const { description, defaultSeverity, from, fix, tags, docs, origin } = rule.meta;
  return { id: rule.id, description, defaultSeverity, from, fix, tags, ...(docs ? { docs } : {}), ...(origin ? { origin } : {}) };
}
