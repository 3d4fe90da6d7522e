import type { ScaleLevel } from '../schemas';
import { DEFAULT_POLICY, DEFAULT_SCALE } from './defaults';
import { type Directive, isSilenced, parseDirectives } from './directives';
import { EditBuilder, type TextEdit, firstPlaceholder } from './edits';
import { DEFAULT_LOCALE, type Locale, list, t, tn } from './i18n';
import { has, locate } from './locate';
import { type ParsedDoc, detectKind, parse, toData, toRange } from './parse';
import type { Report, Rule, RuleContext } from './rule';
import { type RuleSet, builtinRules, ruleSet } from './ruleset';
import { schemaReports } from './rules/schema';
import { templateReports } from './rules/template-unresolved';
import { unknownIdReports } from './rules/unknown-rule-id';
import { customRuleProblems } from './declarative';
import { didYouMean } from './suggest';
import { type FileHost, resolveTemplate } from './template';
import {
  type DocKind, type Finding, type FixKind, type Loose, type LooseReview, type LooseTemplate, type Policy,
  type SeverityOrOff, STATUS_ORDER, type Status, type UserConfig,
} from './types';
import { validate } from './validate';

export interface LintOptions {
  /** Absolute, '/'-separated path of the file: needed to resolve `template:`. */
  path?: string;
  /** The nearest `.reviewrc.yaml`, already read. */
  config?: UserConfig;
  /** Severities from the command line or editor settings: above the template, below inline comments. */
  overrides?: Record<string, SeverityOrOff>;
  host?: FileHost;
  /** The rules to run: the built-in ones unless given (a plugin's rules are added to them by the caller). */
  rules?: RuleSet | readonly Rule[];
  /** Run only these rules (rule tests turn every other rule off). */
  only?: readonly string[];
  /** The language of messages, fix titles and stub text; default English. */
  locale?: Locale;
  /** Record on each finding the key of the message it was made from (RuleTester reads it). */
  messageIds?: boolean;
}

/** The document to lint: its text, or the parse a caller already holds (the language server keeps one per version). */
export type LintInput = string | { text: string } | { parsed: ParsedDoc };

export interface LintResult {
  /** null: not one of our files (no `kind`), skipped. */
  kind: DocKind | null;
  findings: Finding[];
  parsed: ParsedDoc;
  /** The fixes offered for a finding of this result (built on demand). */
  fixesFor(finding: Finding): Fix[];
  /** The rules this lint knew: the given set plus the template's and .reviewrc.yaml's declarative rules. */
  rules: RuleSet;
  /** The review as the rules saw it (rejected values removed) and its resolved template: the calibration report reads these rather than parse again. */
  review?: LooseReview;
  template?: LooseTemplate;
}

export interface Fix {
  rule: string;
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  /** For a stub: the first placeholder to fill in, as offsets into the text after the edits. */
  select?: { start: number; end: number };
}

/** Parse → what the file claims to be → its data → schema and template → every rule → sorted findings. */
export function lint(input: LintInput, options: LintOptions = {}): LintResult {
  const parsed = typeof input === 'string' ? parse(input) : 'parsed' in input ? input.parsed : parse(input.text);
  const claimed = detectKind(parsed);
  const given = ruleSet(options.rules ?? builtinRules);
  if (claimed === null) return { kind: null, findings: [], parsed, fixesFor: () => [], rules: given };
  const kind: DocKind = claimed === 'template' ? 'template' : 'review';
  const locale = options.locale ?? DEFAULT_LOCALE;
  const read = readData(parsed, claimed, given, options, locale);
  if ('findings' in read) return result(kind, parsed, read.findings, new Map(), given);

  const checked = validate(kind, read.data, locale);
  const doc = documentOf(kind, checked.data, options, locale);
  const rules = given.with(doc.template, options.config);
  const severity = rules.severities(options.config?.rules, kind === 'review' ? doc.template?.rules : undefined, options.overrides);
  const ctx = contextOf(parsed, kind, doc, options, locale);
  const directives = parseDirectives(parsed);
  // Findings the engine makes itself, for the rules that describe them.
  const made: Record<string, () => Iterable<Report>> = {
    schema: () => schemaReports(kind === 'template' ? [...checked.issues, ...customRuleProblems(doc.template?.custom_rules, ['custom_rules'], locale)] : checked.issues),
    'template-unresolved': () => templateReports(doc.templateProblem),
    'unknown-rule-id': () => unknownIdReports({ kind, template: ctx.template, directives, known: rules.ids, locale }),
  };
  const run = new Run(parsed, ctx, directives, options.messageIds === true, read.broken);
  for (const f of read.syntax) run.findings.push(f);
  for (const rule of rules.all) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const sev = severity[rule.id] ?? rule.meta.defaultSeverity;
    if (sev === 'off' || !appliesTo(rule, kind, ctx.status)) continue;
    run.rule(rule, sev, made[rule.id]);
  }
  const out = result(kind, parsed, run.findings, run.fixers, rules);
  if (kind === 'review') {
    out.review = doc.review;
    if (doc.template) out.template = doc.template;
  }
  return out;
}

/**
 * The document as data, or the findings that stop the lint before any rule runs: YAML that does
 * not parse, aliases beyond the limit, a `kind` that is neither review nor template.
 */
function readData(parsed: ParsedDoc, claimed: string, rules: RuleSet, options: LintOptions, locale: Locale): Read | { findings: Finding[] } {
  // A syntax error (a half-typed key while typing) does not hide the other findings: the rules
  // run on the document the parser recovered, and the error is reported beside them.
  const syntaxErrors = parsed.problems.filter((p) => p.severity === 'error');
  const sev = syntaxErrors.length ? (rules.severities(options.config?.rules, undefined, options.overrides)['yaml-syntax'] ?? 'error') : 'off';
  const syntax: Finding[] =
    sev === 'off' ? [] : syntaxErrors.map((p) => ({ rule: 'yaml-syntax', severity: sev, message: p.key ? t(locale, p.key, { detail: p.detail ?? '' }) : p.message, range: p.range }));
  let data: unknown;
  try {
    data = toData(parsed);
  } catch (e) {
    if (syntaxErrors.length) return { findings: syntax };
    const message = t(locale, 'engine.aliases', { detail: (e as Error).message });
    return { findings: [{ rule: 'yaml-syntax', severity: 'error', message, range: toRange(parsed.lineCounter, 0, 0) }] };
  }
  // Several documents in one file: which one is the review is the user's to say, not ours to guess.
  const several = syntaxErrors.some((p) => p.key === 'yaml.multiple');
  if (syntaxErrors.length && (several || data === null || typeof data !== 'object' || Array.isArray(data))) return { findings: syntax };
  if (claimed !== 'review' && claimed !== 'template') {
    const guess = didYouMean(claimed, ['review', 'template']);
    const message = t(locale, guess ? 'engine.kind.guess' : 'engine.kind', { value: JSON.stringify(claimed), guess: guess ?? '' });
    return { findings: [...syntax, { rule: 'schema', severity: 'error', message, range: locate(parsed, ['kind']) }] };
  }
  const broken = syntaxErrors.length ? new Set(syntaxErrors.flatMap((p) => [p.range.start.line, p.range.end.line])) : undefined;
  return { data, syntax, broken };
}

/** The document's data, with what a syntax error left: its findings and the lines it broke. */
interface Read {
  data: unknown;
  syntax: Finding[];
  /** Set when the text does not parse: no fixes are offered, and schema findings on these lines (which only restate the error) are left out. */
  broken: Set<number> | undefined;
}

interface DocumentFacts {
  review: LooseReview;
  /** The review's template (resolved from `template:`), or the template being linted. */
  template: LooseTemplate | undefined;
  /** Why `template:` could not be used, if it could not. */
  templateProblem: string | undefined;
}

function documentOf(kind: DocKind, data: unknown, options: LintOptions, locale: Locale): DocumentFacts {
  if (kind === 'template') return { review: {}, template: data as LooseTemplate, templateProblem: undefined };
  const review = data as LooseReview;
  if (typeof review.template !== 'string') return { review, template: undefined, templateProblem: undefined };
  if (!options.host || !options.path) return { review, template: undefined, templateProblem: t(locale, 'template.noPath') };
  const res = resolveTemplate(options.path, review.template, options.host, locale);
  return res.ok ? { review, template: res.template, templateProblem: undefined } : { review, template: undefined, templateProblem: res.message };
}

function contextOf(parsed: ParsedDoc, kind: DocKind, doc: DocumentFacts, options: LintOptions, locale: Locale): RuleContext {
  const { review, template } = doc;
  const scale = (template?.scale?.filter((l) => typeof l?.value === 'number') as ScaleLevel[] | undefined) ?? DEFAULT_SCALE;
  return {
    kind,
    review,
    template,
    scale: scale.length ? scale : DEFAULT_SCALE,
    policy: policyOf(options.config?.policy, kind === 'review' ? template?.policy : undefined),
    status: STATUS_ORDER.includes(review.status as Status) ? (review.status as Status) : 'draft',
    has: (path) => has(parsed, path),
    locale,
    privacy: (kind === 'review' ? template?.privacy : undefined) ?? options.config?.privacy ?? (options.config?.locale === 'zh-CN' ? 'pipl' : 'gdpr'),
    t: (key, params) => t(locale, key as never, params),
    tn: (base, n, params) => tn(locale, base, n, params),
    list: (items, conjunction) => list(locale, items, conjunction),
  };
}

/** One lint's findings and fixes, as the rules report them. */
class Run {
  readonly findings: Finding[] = [];
  readonly fixers = new Map<Finding, () => Fix | undefined>();
  private edit: EditBuilder | undefined;

  constructor(
    private readonly parsed: ParsedDoc,
    private readonly ctx: RuleContext,
    private readonly directives: readonly Directive[],
    private readonly withIds: boolean,
    private readonly broken?: Set<number>,
  ) {}

  rule(rule: Rule, severity: Finding['severity'], made?: () => Iterable<Report>): void {
    const said = this.withIds || rule.messages ? new Map<string, string>() : undefined;
    const ctx = said ? speaking(this.ctx, rule, said) : this.ctx;
    try {
      for (const report of made ? made() : (rule.check?.(ctx) ?? [])) this.add(rule, severity, ctx, report, said);
    } catch (e) {
      this.findings.push({
        rule: rule.id,
        severity: 'error',
        message: t(this.ctx.locale, 'engine.internal', { rule: rule.id, detail: String((e as Error)?.message ?? e) }),
        range: locate(this.parsed, []),
      });
    }
  }

  private add(rule: Rule, severity: Finding['severity'], ctx: RuleContext, report: Report, said: Map<string, string> | undefined): void {
    const { parsed } = this;
    const range = report.span ? toRange(parsed.lineCounter, report.span.start, report.span.end) : locate(parsed, report.path, report.at, report.inner);
    if (isSilenced(this.directives, rule.id, range.start.line)) return;
    if (this.broken && rule.id === 'schema' && this.broken.has(range.start.line)) return;
    const finding: Finding = { rule: rule.id, severity, message: report.message, range };
    const id = this.withIds ? said?.get(report.message) : undefined;
    if (id) finding.messageId = id;
    // `fix` is claimed only where the rule can actually produce the edit (see Rule.fix).
    const fixer = rule.fix;
    const kind = rule.meta.fix;
    if (fixer && kind !== 'none' && !this.broken && fixer.canFix?.(report) !== false) {
      finding.fix = kind;
      this.fixers.set(finding, () => {
        const made = fixer.create({ ...ctx, edit: (this.edit ??= new EditBuilder(parsed)) }, report);
        const edits = made?.edits.filter((e): e is TextEdit => !!e) ?? [];
        const select = kind === 'stub' ? firstPlaceholder(edits) : undefined;
        return made && edits.length ? { rule: rule.id, title: made.title, kind, edits, ...(select ? { select } : {}) } : undefined;
      });
    }
    if (report.related?.length) finding.related = report.related.map((r) => ({ range: locate(parsed, r.path), message: r.message }));
    this.findings.push(finding);
  }
}

/**
 * The context as one rule sees it: its own messages (a plugin's or a declarative rule's), and
 * each message remembered with its key, so a finding can say which message it is.
 */
function speaking(ctx: RuleContext, rule: Rule, said: Map<string, string>): RuleContext {
  const own = rule.messages;
  const say = (key: string, params?: Parameters<RuleContext['t']>[1]): string => {
    const text = own ? format(own[ctx.locale]?.[key] ?? own.en[key] ?? key, params) : ctx.t(key, params);
    said.set(text, key);
    return text;
  };
  return { ...ctx, t: say, tn: (base, n, params) => say(`${base}.${Math.abs(n) === 1 ? 'one' : 'other'}`, { n, ...params }) };
}

function format(text: string, params?: Record<string, string | number>): string {
  return params ? text.replace(/\{([A-Za-z][\w-]*)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
}

function result(kind: DocKind, parsed: ParsedDoc, findings: Finding[], fixers: Map<Finding, () => Fix | undefined>, rules: RuleSet): LintResult {
  return {
    kind,
    rules,
    findings: sortFindings(findings),
    parsed,
    fixesFor: (f) => {
      // A rule's fix that throws offers no fix, like a rule that throws reports no finding of its own.
      let fix: Fix | undefined;
      try {
        fix = fixers.get(f)?.();
      } catch {
        fix = undefined;
      }
      return fix ? [fix] : [];
    },
  };
}

function appliesTo(rule: Rule, kind: DocKind, status: Status): boolean {
  const kinds = rule.meta.appliesTo ?? ['review'];
  if (!kinds.includes(kind)) return false;
  if (kind !== 'review' || rule.meta.from === null) return true;
  return STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf(rule.meta.from);
}

/** Defaults < .reviewrc.yaml < template, key by key (a workday's start and end separately). */
function policyOf(...layers: (Loose<Policy> | undefined)[]): Policy {
  const out: Policy = { ...DEFAULT_POLICY, workday: { ...DEFAULT_POLICY.workday }, shifts: {} };
  for (const layer of layers) {
    if (!layer) continue;
    const { workday, shifts, ...rest } = layer;
    // Shifts by name: a template's "night" replaces the team's "night", other names add up.
    for (const [name, shift] of Object.entries(shifts ?? {}))
      if (typeof shift?.start === 'string' && typeof shift.end === 'string') out.shifts[name] = { start: shift.start, end: shift.end };
    for (const [k, v] of Object.entries(rest)) if (typeof v === 'number') (out as unknown as Record<string, number>)[k] = v;
    if (workday?.start) out.workday.start = workday.start;
    if (workday?.end) out.workday.end = workday.end;
  }
  return out;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule),
  );
}
