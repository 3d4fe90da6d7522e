/**
 * House rules written as data in a template or .reviewrc.yaml (`custom_rules:`), in the spirit
 * of Spectral's given/then: a path into the review (with wildcards over list items), a check,
 * a message in English and Chinese. Each becomes a Rule like any other: same severity layers,
 * same `# review-disable`, same output.
 */
import type { CustomRule } from '../schemas';
import { type Locale, t } from './i18n';
import type { Report, Rule } from './rule';
import { didYouMean } from './suggest';
import type { Path } from './syntax';
import type { Loose, SchemaIssue } from './types';
import { keysAt } from './conforms';

/** One step of a path: a key, every item (`[*]`), one item (`[2]`) or the items whose `key` is `value` (`[id=mentoring]`). */
type Step = { key: string } | { all: true } | { index: number } | { where: string; is: string };

const SEGMENT = /^([A-Za-z_][\w-]*|\*)((?:\[(?:\*|\d+|[A-Za-z_][\w-]*=[^\]]+)\])*)$/;
const BRACKET = /\[([^\]]+)\]/g;

/** The steps of a path, or undefined when it is not written in the path syntax. */
export function parseCustomPath(path: string): Step[] | undefined {
  const steps: Step[] = [];
  for (const segment of path.split('.')) {
    const m = SEGMENT.exec(segment.trim());
    if (!m) return undefined;
    steps.push(m[1] === '*' ? { all: true } : { key: m[1]! });
    for (const [, inner] of m[2]!.matchAll(BRACKET)) {
      if (inner === '*') steps.push({ all: true });
      else if (/^\d+$/.test(inner!)) steps.push({ index: Number(inner) });
      else {
        const eq = inner!.indexOf('=');
        steps.push({ where: inner!.slice(0, eq), is: inner!.slice(eq + 1).trim().replace(/^["']|["']$/g, '') });
      }
    }
  }
  return steps;
}

/** A place the path reaches: where it is, and what is there (undefined: nothing). */
interface Hit { path: Path; value: unknown }

/**
 * Every place the steps reach in `data`. A key that is absent is still a place (with nothing
 * there), so that `present` can report it; a filter that matches no item is reported at its list.
 */
function walk(data: unknown, steps: readonly Step[]): Hit[] {
  let hits: Hit[] = [{ path: [], value: data }];
  for (const step of steps) {
    const next: Hit[] = [];
    for (const hit of hits) {
      const v = hit.value;
      if ('key' in step) {
        if (v === undefined) next.push({ path: [...hit.path, step.key], value: undefined });
        else if (v && typeof v === 'object' && !Array.isArray(v)) next.push({ path: [...hit.path, step.key], value: (v as Record<string, unknown>)[step.key] });
      } else if ('index' in step) {
        if (Array.isArray(v)) next.push({ path: [...hit.path, step.index], value: v[step.index] });
      } else if ('all' in step) {
        if (Array.isArray(v)) v.forEach((item, i) => next.push({ path: [...hit.path, i], value: item }));
        else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) next.push({ path: [...hit.path, k], value: item });
      } else {
        const items = Array.isArray(v) ? v : [];
        const matched = items.flatMap((item, i) => (item && typeof item === 'object' && String((item as Record<string, unknown>)[step.where]) === step.is ? [{ path: [...hit.path, i], value: item }] : []));
        if (!matched.length) next.push({ path: hit.path, value: undefined });
        for (const m of matched) next.push(m);
      }
    }
    hits = next;
  }
  return hits;
}

type Check = (value: unknown, rule: Loose<CustomRule>, review: unknown) => boolean;

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && v.length === 0);
const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'number' ? [String(v)] : Array.isArray(v) ? v.flatMap(texts) : []);
const regex = (pattern: string | undefined) => new RegExp(pattern ?? '', 'iu');

/** Whether a term occurs: English as a whole word in any case, Chinese anywhere. */
function hasTerm(text: string, term: string, language: Locale): boolean {
  if (language === 'zh-CN') return text.includes(term);
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
const termsOf = (rule: Loose<CustomRule>): [string, Locale][] => [
  ...(rule.terms?.en ?? []).flatMap((t): [string, Locale][] => (t ? [[t, 'en']] : [])),
  ...(rule.terms?.['zh-CN'] ?? []).flatMap((t): [string, Locale][] => (t ? [[t, 'zh-CN']] : [])),
];
/** The first forbidden term the value holds. */
const forbidden = (v: unknown, rule: Loose<CustomRule>) => texts(v).flatMap((text) => termsOf(rule).filter(([term, lang]) => hasTerm(text, term, lang)))[0]?.[0];

function compare(a: unknown, b: unknown, op: string): boolean {
  if (a === undefined || b === undefined) return true; // nothing to compare: `present` is the check for that
  const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : [String(a), String(b)];
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '==': return x === y;
    case '!=': return x !== y;
    case '>=': return x >= y;
    default: return x > y;
  }
}

/** Whether the value at a place passes the check. */
const CHECKS: Record<CustomRule['check'], Check> = {
  present: (v) => v !== undefined && v !== null,
  non_empty: (v) => !isEmpty(v),
  matches: (v, r) => v === undefined || texts(v).every((s) => regex(r.pattern).test(s)),
  not_matches: (v, r) => v === undefined || !texts(v).some((s) => regex(r.pattern).test(s)),
  one_of: (v, r) => v === undefined || (r.values ?? []).some((x) => x === v),
  min_items: (v, r) => (Array.isArray(v) ? v.length : 0) >= (r.min ?? 0),
  forbidden_terms: (v, r) => forbidden(v, r) === undefined,
  required_terms: (v, r) => v === undefined || texts(v).some((text) => termsOf(r).some(([term, lang]) => hasTerm(text, term, lang))),
  compare: (v, r, review) => {
    const steps = parseCustomPath(r.compare?.field ?? '');
    const other = steps ? walk(review, steps)[0]?.value : undefined;
    return compare(v, other, r.compare?.op ?? '==');
  },
};

const compiled = new WeakMap<object, Rule[]>();

/** The rules a `custom_rules:` list declares (the ones without problems; see customRuleProblems). Made once per list. */
export function declarativeRules(list: readonly (Loose<CustomRule> | undefined)[] | undefined, origin: string): Rule[] {
  if (!list?.length) return [];
  const hit = compiled.get(list);
  if (hit) return hit;
  const rules = list.flatMap((r) => (r && !problemsOf(r, []).length ? [toRule(r as CustomRule, origin)] : []));
  compiled.set(list, rules);
  return rules;
}

function toRule(spec: CustomRule, origin: string): Rule<undefined> {
  const steps = parseCustomPath(spec.path)!;
  const check = CHECKS[spec.check];
  const message = { en: spec.message.en, ...(spec.message['zh-CN'] ? { 'zh-CN': spec.message['zh-CN'] } : {}) };
  return {
    id: spec.id,
    meta: {
      description: spec.description ?? { en: spec.message.en.replace(/\{(path|value)\}/g, '…') },
      defaultSeverity: spec.severity ?? 'warning',
      from: spec.from ?? 'draft',
      fix: 'none',
      tags: ['custom'],
      ...(spec.docs ? { docs: spec.docs } : {}),
      origin,
    },
    messages: { en: { message: message.en }, 'zh-CN': { message: message['zh-CN'] ?? message.en } },
    *check({ review, t }): Iterable<Report<undefined>> {
      for (const hit of walk(review, steps)) {
        if (check(hit.value, spec, review)) continue;
        const value = spec.check === 'forbidden_terms' ? (forbidden(hit.value, spec) ?? '') : texts(hit.value).join(', ');
        yield { path: hit.path, message: t('message', { path: spec.path, value }) };
      }
    },
  };
}

/** What is wrong with each declared rule, as schema findings at `base` (`['custom_rules']`), with "did you mean". */
export function customRuleProblems(list: readonly (Loose<CustomRule> | undefined)[] | undefined, base: Path, locale: Locale): SchemaIssue[] {
  const seen = new Set<string>();
  return (list ?? []).flatMap((rule, i) => {
    if (!rule) return [];
    const issues = problemsOf(rule, [...base, i], locale).filter((issue) => issue.message);
    if (rule.id && seen.has(rule.id)) issues.push({ path: [...base, i, 'id'], at: 'value', message: t(locale, 'custom-rules.duplicate', { id: rule.id }) });
    if (rule.id) seen.add(rule.id);
    return issues;
  });
}

/** The parameter each check needs. */
const NEEDS: Partial<Record<CustomRule['check'], keyof CustomRule>> = {
  matches: 'pattern', not_matches: 'pattern', one_of: 'values', min_items: 'min', forbidden_terms: 'terms', required_terms: 'terms', compare: 'compare',
};

function problemsOf(rule: Loose<CustomRule>, at: Path, locale: Locale = 'en'): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  // Only what the schema let through is judged here: the schema reports the rest.
  if (!rule.id || !rule.path || !rule.check || !rule.message?.en) return [{ path: at, at: 'value', message: '' }];
  const bad = pathProblem(rule.path, locale);
  if (bad) out.push({ path: [...at, 'path'], at: 'value', message: bad });
  const needs = NEEDS[rule.check];
  if (needs && rule[needs] === undefined)
    out.push({ path: [...at, 'check'], at: 'value', message: t(locale, 'custom-rules.needs', { check: rule.check, key: needs }) });
  if ((rule.check === 'matches' || rule.check === 'not_matches') && rule.pattern !== undefined)
    try {
      regex(rule.pattern);
    } catch (e) {
      out.push({ path: [...at, 'pattern'], at: 'value', message: t(locale, 'custom-rules.pattern', { detail: (e as Error).message }) });
    }
  if (rule.check === 'compare' && rule.compare?.field) {
    const wrong = pathProblem(rule.compare.field, locale);
    if (wrong) out.push({ path: [...at, 'compare', 'field'], at: 'value', message: wrong });
  }
  return out;
}

/** Why a path cannot reach anything in a review (bad syntax, or a key the format does not have, with "did you mean"). */
function pathProblem(path: string, locale: Locale): string | undefined {
  const steps = parseCustomPath(path);
  if (!steps) return t(locale, 'custom-rules.syntax', { path });
  const at: (string | number)[] = [];
  for (const step of steps) {
    if ('key' in step) {
      const keys = keysAt('review', at);
      if (keys.length && !keys.includes(step.key)) {
        const guess = didYouMean(step.key, keys);
        return t(locale, guess ? 'custom-rules.key.guess' : 'custom-rules.key', { key: step.key, path, guess: guess ?? '', keys: keys.join(', ') });
      }
      at.push(step.key);
    } else at.push(0);
  }
  return undefined;
}
