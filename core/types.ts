import type { Config, Review, ScaleLevel, Template } from '../schemas';
import type { Directive } from './directives';
import type { EditBuilder, TextEdit } from './edits';
import type { Locale, MessageKey, Params } from './i18n';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Status = 'draft' | 'scheduled' | 'held' | 'final';
export const STATUS_ORDER: readonly Status[] = ['draft', 'scheduled', 'held', 'final'];

/** A path into the document, e.g. ['improvements', 2, 'text']. */
export type Path = readonly (string | number)[];

/** Zero-based, like LSP; `character` counts UTF-16 code units. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type DocKind = 'review' | 'template';
export type PrivacyProfile = 'gdpr' | 'pipl' | 'both';
export type FixKind = 'auto' | 'stub';

export interface Related { range: Range; message: string }

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Set when the rule offers a fix for this finding. */
  fix?: FixKind;
  related?: Related[];
}

/** Deeply optional: rules see a document the schema may have rejected parts of. */
export type Loose<T> = T extends readonly (infer U)[]
  ? (Loose<U> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> }
    : T;

export type LooseReview = Loose<Review>;
export type LooseTemplate = Loose<Template>;

export interface Policy {
  notice_days: number;
  workday: { start: string; end: string };
  /** Named shift patterns a review may pick with `meeting.shift`. */
  shifts: Record<string, { start: string; end: string }>;
  edge_minutes: number;
  min_minutes: number;
  max_improvements: number;
}

/** What a rule may read: the document (already checked by the schema), its template and the policy in force. */
export interface RuleContext {
  kind: DocKind;
  review: LooseReview;
  template: LooseTemplate | undefined;
  /** The template's scale, or the default 1..5. */
  scale: ScaleLevel[];
  policy: Policy;
  status: Status;
  /** Whether a node exists at the path (rules may point at it rather than at its parent). */
  has(path: Path): boolean;
  /** What the schema rejected, in the user's words (read by the `schema` rule). */
  schemaIssues: SchemaIssue[];
  /** Why `template:` could not be used, if it could not (read by `template-unresolved`). */
  templateProblem: string | undefined;
  /** The file's `# review-disable…` comments (read by `unknown-rule-id`). */
  directives?: Directive[];
  /** The language of messages (LintOptions.locale, else English). */
  locale: Locale;
  /** Which law's list of sensitive data the privacy rules apply: the template's, else .reviewrc.yaml's, else by the team's `locale` there (zh-CN: pipl), else gdpr. Not by the reader's language: a file's findings are the same for everyone. */
  privacy?: PrivacyProfile;
  /** A message of the catalog (core/i18n) in `locale`, its `{placeholders}` filled from `params`. */
  t(key: MessageKey, params?: Params): string;
  /** A plural pair of the catalog (`<base>.one` / `<base>.other`), `{n}` set to `n`. */
  tn(base: string, n: number, params?: Params): string;
  /** "a, b and c" in `locale`. */
  list(items: readonly string[], conjunction: 'and' | 'or'): string;
}

export interface SchemaIssue {
  path: Path;
  message: string;
  at: 'key' | 'value';
  /** A close spelling of what was probably meant: a key to rename to, or a value to replace with. */
  suggestion?: string;
}

export interface Report {
  path: Path;
  message: string;
  /** What the rule's fix needs to know (e.g. the suggested spelling). */
  data?: Record<string, unknown>;
  /** Point at the key rather than its value. */
  at?: 'key' | 'value';
  /** For what has no path (a comment): the offsets [start, end) in the text; wins over `path`. */
  span?: { start: number; end: number };
  /** The words the finding is about: offsets [start, end) inside the string value at `path`. */
  inner?: { start: number; end: number };
  related?: { path: Path; message: string }[];
}

export interface RuleMeta {
  description: string;
  defaultSeverity: Severity;
  /** First status at which the rule speaks; null for rules about templates. */
  from: Status | null;
  fix: FixKind | 'none';
  tags: string[];
  /** What the rule reads; defaults to ['review']. */
  appliesTo?: DocKind[];
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(ctx: RuleContext): Iterable<Report>;
  /** The rule's quick fix, when it has one (meta.fix says which kind). */
  fix?: RuleFix;
}

export interface RuleFix {
  /** Whether this report can be fixed (default: yes). */
  canFix?(report: Report): boolean;
  /** The edit, built with `edit` (never by concatenating YAML text); undefined when not possible here. */
  create(ctx: FixContext, report: Report): { title: string; edits: (TextEdit | undefined)[] } | undefined;
}

export interface FixContext extends RuleContext {
  edit: EditBuilder;
}

export type UserConfig = Loose<Config>;
