import type { Config, Review, Template } from '../schemas';
import type { Path, Range } from './syntax';

export type { Comment, DocKind, Path, Position, Range } from './syntax';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Status = 'draft' | 'scheduled' | 'held' | 'final';
export const STATUS_ORDER: readonly Status[] = ['draft', 'scheduled', 'held', 'final'];

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
  /** The catalog key the message was made from (only when LintOptions.messageIds asks for it). */
  messageId?: string;
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

export interface SchemaIssue {
  path: Path;
  message: string;
  at: 'key' | 'value';
  /** A close spelling of what was probably meant: a key to rename to, or a value to replace with. */
  suggestion?: string;
}

export type UserConfig = Loose<Config>;
