import { DEFAULT_POLICY, DEFAULT_SCALE } from './defaults';
import { EditBuilder, type TextEdit, firstPlaceholder } from './edits';
import { isSilenced, parseDirectives } from './directives';
import { DEFAULT_LOCALE, type Locale, list, t, tn } from './i18n';
import { has, locate } from './locate';
import { type ParsedDoc, detectKind, parse, toData, toRange } from './parse';
import { allRules, ruleById } from './rules';
import { type FileHost, resolveTemplate } from './template';
import {
  type DocKind, type Finding, type FixKind, type Loose, type LooseReview, type LooseTemplate, type Policy, type Rule, type RuleContext,
  type Severity, type SeverityOrOff, STATUS_ORDER, type Status, type UserConfig,
} from './types';
import { didYouMean } from './suggest';
import { validate } from './validate';

export interface LintOptions {
  /** Absolute, '/'-separated path of the file: needed to resolve `template:`. */
  path?: string;
  /** The nearest `.reviewrc.yaml`, already read. */
  config?: UserConfig;
  /** Severities from the command line or editor settings: above the template, below inline comments. */
  overrides?: Record<string, SeverityOrOff>;
  host?: FileHost;
  /** Run only these rules (rule tests turn every other rule off). */
  only?: readonly string[];
  /** The language of messages, fix titles and stub text; default English. */
  locale?: Locale;
}

export interface LintResult {
  /** null: not one of our files (no `kind`), skipped. */
  kind: DocKind | null;
  findings: Finding[];
  parsed: ParsedDoc;
  /** The fixes offered for a finding of this result (built on demand). */
  fixesFor(finding: Finding): Fix[];
}

export interface Fix {
  rule: string;
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  /** For a stub: the first placeholder to fill in, as offsets into the text after the edits. */
  select?: { start: number; end: number };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parsed = parse(text);
  const claimed = detectKind(parsed);
  if (claimed === null) return { kind: null, findings: [], parsed, fixesFor: () => [] };
  const kind: DocKind = claimed === 'template' ? 'template' : 'review';
  const base = severities(options.config?.rules, undefined, options.overrides);
  const syntaxErrors = parsed.problems.filter((p) => p.severity === 'error');
  const fixers = new Map<Finding, () => Fix | undefined>();
  const finish = (findings: Finding[]): LintResult => ({
    kind,
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
  });

  // A syntax error (a half-typed key while typing) does not hide the other findings: the rules
  // run on the document the parser recovered, and the error is reported beside them. Nothing is
  // offered as a fix until the document parses again, and schema findings on a broken line,
  // which only restate the syntax error, are left out.
  const sev = base['yaml-syntax'];
  const syntaxFindings: Finding[] =
    sev === 'off' ? [] : syntaxErrors.map((p) => ({ rule: 'yaml-syntax', severity: sev, message: p.key ? t(locale, p.key, { detail: p.detail ?? '' }) : p.message, range: p.range }));
  const brokenLines = new Set(syntaxErrors.flatMap((p) => [p.range.start.line, p.range.end.line]));
  let data: unknown;
  try {
    data = toData(parsed);
  } catch (e) {
    if (syntaxErrors.length) return finish(syntaxFindings);
    const message = t(locale, 'engine.aliases', { detail: (e as Error).message });
    return finish([{ rule: 'yaml-syntax', severity: 'error', message, range: toRange(parsed.lineCounter, 0, 0) }]);
  }
  if (syntaxErrors.length && (data === null || typeof data !== 'object' || Array.isArray(data))) return finish(syntaxFindings);
  if (claimed !== 'review' && claimed !== 'template') {
    const guess = didYouMean(claimed, ['review', 'template']);
    const message = t(locale, guess ? 'engine.kind.guess' : 'engine.kind', { value: JSON.stringify(claimed), guess: guess ?? '' });
    return finish([...syntaxFindings, { rule: 'schema', severity: 'error', message, range: locate(parsed, ['kind']) }]);
  }

  const checked = validate(kind, data, locale);
  const review = (kind === 'review' ? checked.data : {}) as LooseReview;
  let template: LooseTemplate | undefined = kind === 'template' ? (checked.data as LooseTemplate) : undefined;
  let templateProblem: string | undefined;
  if (kind === 'review' && typeof review.template === 'string') {
    if (!options.host || !options.path) templateProblem = t(locale, 'template.noPath');
    else {
      const res = resolveTemplate(options.path, review.template, options.host, locale);
      if (res.ok) template = res.template;
      else templateProblem = res.message;
    }
  }
  const severity = severities(options.config?.rules, kind === 'review' ? template?.rules : undefined, options.overrides);
  const status = (STATUS_ORDER.includes(review.status as Status) ? review.status : 'draft') as Status;
  const ctx: RuleContext = {
    kind,
    review,
    template: kind === 'review' ? template : (checked.data as LooseTemplate),
    scale: (template?.scale?.filter((l) => typeof l?.value === 'number') as never) ?? DEFAULT_SCALE,
    policy: policyOf(options.config?.policy, kind === 'review' ? template?.policy : undefined),
    status,
    has: (path) => has(parsed, path),
    schemaIssues: checked.issues,
    templateProblem,
    directives: parseDirectives(parsed),
    locale,
    privacy: (kind === 'review' ? template?.privacy : undefined) ?? options.config?.privacy ?? (options.config?.locale === 'zh-CN' ? 'pipl' : 'gdpr'),
    t: (key, params) => t(locale, key, params),
    tn: (base, n, params) => tn(locale, base, n, params),
    list: (items, conjunction) => list(locale, items, conjunction),
  };
  if (ctx.scale.length === 0) ctx.scale = DEFAULT_SCALE;

  const findings: Finding[] = [...syntaxFindings];
  const directives = ctx.directives ?? [];
  let edit: EditBuilder | undefined;
  for (const rule of allRules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const sev = severity[rule.id] ?? rule.meta.defaultSeverity;
    if (sev === 'off' || !appliesTo(rule, kind, status)) continue;
    try {
      for (const report of rule.check(ctx)) {
        const range = report.span ? toRange(parsed.lineCounter, report.span.start, report.span.end) : locate(parsed, report.path, report.at, report.inner);
        if (isSilenced(directives, rule.id, range.start.line)) continue;
        if (syntaxErrors.length && rule.id === 'schema' && brokenLines.has(range.start.line)) continue;
        const finding: Finding = { rule: rule.id, severity: sev, message: report.message, range };
        // `fix` is claimed only where the rule can actually produce the edit (see Rule.fix).
        const fixer = rule.fix;
        if (fixer && !syntaxErrors.length && rule.meta.fix !== 'none' && fixer.canFix?.(report) !== false) {
          finding.fix = rule.meta.fix;
          const kind = rule.meta.fix;
          fixers.set(finding, () => {
            const made = fixer.create({ ...ctx, edit: (edit ??= new EditBuilder(parsed)) }, report);
            const edits = made?.edits.filter((e): e is TextEdit => !!e) ?? [];
            const select = kind === 'stub' ? firstPlaceholder(edits) : undefined;
            return made && edits.length ? { rule: rule.id, title: made.title, kind, edits, ...(select ? { select } : {}) } : undefined;
          });
        }
        if (report.related?.length)
          finding.related = report.related.map((r) => ({ range: locate(parsed, r.path), message: r.message }));
        findings.push(finding);
      }
    } catch (e) {
      findings.push({
        rule: rule.id,
        severity: 'error',
        message: t(locale, 'engine.internal', { rule: rule.id, detail: String((e as Error)?.message ?? e) }),
        range: locate(parsed, []),
      });
    }
  }
  return finish(findings);
}

function appliesTo(rule: Rule, kind: DocKind, status: Status): boolean {
  const kinds = rule.meta.appliesTo ?? ['review'];
  if (!kinds.includes(kind)) return false;
  if (kind !== 'review' || rule.meta.from === null) return true;
  return STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf(rule.meta.from);
}

type SevMap = Record<string, SeverityOrOff>;

/** Precedence, lowest first: defaults < .reviewrc.yaml < template < command line / settings. */
export function severities(...layers: (Partial<SevMap> | undefined)[]): Record<string, Severity | 'off'> & Record<'yaml-syntax', Severity | 'off'> {
  const out: SevMap = {};
  for (const rule of allRules) out[rule.id] = rule.meta.defaultSeverity;
  for (const layer of layers)
    for (const [id, sev] of Object.entries(layer ?? {})) if (ruleById.has(id) && sev) out[id] = sev;
  return out as never;
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
