import type { z } from 'zod';
import { conforming } from './conforms';
import { type Locale, type MessageKey, has as hasMessage, t, tn } from './i18n';
import { didYouMean } from './suggest';
import type { DocKind, Path, SchemaIssue } from './types';

type Schemas = Record<DocKind | 'config', z.ZodType>;
let built: Schemas | undefined;
/**
 * The zod schemas, built on first use: a document that fits its shape needs none (./conforms.ts),
 * and building them costs a one-file run more than its lint. Required here, not imported, so that
 * the engine's bundle builds them only then.
 */
export function zodSchemas(): Schemas {
  if (!built) {
    const s = require('../schemas') as typeof import('../schemas');
    built = { review: s.reviewSchema, template: s.templateSchema, config: s.configSchema };
  }
  return built;
}

/** Documents validated without zod's compiled checkers, before they are built. */
const INTERPRET_FIRST = 8;
let validated = 0;

/** Top-level keys that belong elsewhere than in a review: their message says where. */
const MISPLACED: Record<string, MessageKey> = {
  policy: 'validate.misplaced.policy',
  rules: 'validate.misplaced.rules',
};

/**
 * Checks data against the schema. Returns the issues in the user's words, and a copy of the
 * data with every rejected value removed, so that rules can still run on the rest.
 */
export function validate(kind: DocKind | 'config', data: unknown, locale: Locale = 'en'): { issues: SchemaIssue[]; data: unknown } {
  const fits = conforming(kind, data);
  if (fits) return { issues: [], data: fits.data };
  const schema = zodSchemas()[kind];
  // zod compiles a checker for each object schema on its first use: worth it over many files,
  // not for the few that a pre-commit hook or a fresh server lints first.
  const result = schema.safeParse(data, ++validated <= INTERPRET_FIRST ? { jitless: true } : undefined);
  if (result.success) return { issues: [], data: result.data };
  const issues: SchemaIssue[] = [];
  const drop: Path[] = [];
  for (const issue of flatten(result.error.issues, data)) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = kind === 'review' && path.length === 0 && Object.hasOwn(MISPLACED, key) ? undefined : didYouMean(key, allowed);
        issues.push({ path: [...path, key], at: 'key', message: unknownKeyMessage(key, path, allowed, kind, locale), ...(suggestion ? { suggestion } : {}) });
        drop.push([...path, key]);
      }
      continue;
    }
    const value = getAt(data, path);
    const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
    issues.push({ path, at: 'value', message: issueMessage(issue, path, value, schema, locale), ...(suggestion ? { suggestion } : {}) });
    if (value !== undefined) drop.push(path);
  }
  return { issues, data: withoutPaths(data, drop) };
}

type Issue = z.core.$ZodIssue;

/** A union's error stands for its closest branch: the one whose issues go deepest. */
function flatten(issues: readonly Issue[], data: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length && typeof getAt(data, issue.path as Path) === 'object') {
      const branch = issue.errors
        .map((errs) => errs.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue))
        .sort((a, b) => depth(b) - depth(a))[0]!;
      for (const i of flatten(branch, data)) out.push(i);
    } else out.push(issue);
  }
  return out;
}
const depth = (issues: Issue[]) => issues.reduce((d, i) => Math.max(d, i.path.length), 0);

export function displayPath(path: Path, locale: Locale = 'en'): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || t(locale, 'validate.theDocument');
}

function unknownKeyMessage(key: string, parent: Path, allowed: string[], kind: DocKind | 'config', locale: Locale): string {
  if (kind === 'review' && parent.length === 0 && Object.hasOwn(MISPLACED, key)) return t(locale, MISPLACED[key]!, { key });
  const inParent = parent.length > 0;
  const params = { key, parent: displayPath(parent, locale), allowed: allowed.join(', ') };
  const guess = didYouMean(key, allowed);
  if (guess) return t(locale, inParent ? 'validate.unknownKey.guessIn' : 'validate.unknownKey.guess', { ...params, guess });
  return t(locale, inParent ? 'validate.unknownKey.in' : 'validate.unknownKey', params);
}

function issueMessage(issue: Issue, path: Path, value: unknown, schema: z.ZodType, locale: Locale): string {
  const name = displayPath(path, locale);
  if (value === undefined) {
    const parent = path.slice(0, -1);
    const values = enumAt(schema, path);
    const key = values ? (parent.length ? 'validate.missing.inValues' : 'validate.missing.values') : parent.length ? 'validate.missing.in' : 'validate.missing';
    return t(locale, key, { key: String(path[path.length - 1]), parent: displayPath(parent, locale), values: values?.join(', ') ?? '' });
  }
  switch (issue.code) {
    case 'invalid_type':
      if (value === null) return t(locale, 'validate.type.empty', { name, expected: expected(issue.expected, locale) });
      return t(locale, 'validate.type', { name, expected: expected(issue.expected, locale), actual: describe(value, locale) });
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (value === null) return t(locale, 'validate.enum.empty', { name, values: values.join(', ') });
      const guess = typeof value === 'string' ? didYouMean(value, values) : undefined;
      return t(locale, guess ? 'validate.enum.guess' : 'validate.enum', { value: JSON.stringify(value), name, guess: guess ?? '', values: values.join(', ') });
    }
    case 'too_small':
      if (issue.origin === 'string') return t(locale, 'validate.empty', { name });
      if (issue.origin === 'array') return tn(locale, 'validate.minItems', Number(issue.minimum), { name });
      return t(locale, issue.inclusive ? 'validate.min' : 'validate.gt', { name, min: String(issue.minimum) });
    case 'too_big':
      return t(locale, issue.inclusive ? 'validate.max' : 'validate.lt', { name, max: String(issue.maximum) });
    case 'invalid_union':
      return t(locale, 'validate.union', { name });
    default:
      return t(locale, 'validate.other', { name, detail: issue.message }).replace(/\.\.$/, '.');
  }
}

function expected(type: string, locale: Locale): string {
  const key = `validate.expected.${type}`;
  if (hasMessage(key)) return t(locale, key);
  if (locale === 'en') return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
  return t(locale, 'validate.expected.other', { type });
}

function describe(value: unknown, locale: Locale): string {
  if (value === null) return t(locale, 'validate.actual.empty');
  if (Array.isArray(value)) return t(locale, 'validate.actual.list');
  if (typeof value === 'object') return t(locale, 'validate.actual.mapping');
  const type = typeof value;
  const key = type === 'string' ? 'validate.actual.text' : type === 'number' ? 'validate.actual.number' : type === 'boolean' ? 'validate.actual.boolean' : 'validate.actual.other';
  return t(locale, key, { type, value: JSON.stringify(value) });
}

export function getAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * The data without the given paths. A removed list item leaves a hole (undefined) so indices stay
 * true. Only the maps and lists on the way to a removed value are copied; the rest is shared with
 * `data` (a deep copy of a 20,000-line review cost more than its schema check).
 */
function withoutPaths(data: unknown, paths: Path[]): unknown {
  if (paths.some((p) => p.length === 0)) return {};
  if (data === null || typeof data !== 'object') return data;
  type Container = Record<string | number, unknown>;
  const copies = new Set<unknown>();
  const copy = (v: object): Container => {
    const c = (Array.isArray(v) ? v.slice() : { ...v }) as Container;
    copies.add(c);
    return c;
  };
  const root = copy(data);
  for (const path of paths) {
    let parent: Container | undefined = root;
    for (const seg of path.slice(0, -1)) {
      const child: unknown = Object.hasOwn(parent, seg) ? parent[seg] : undefined;
      if (child === null || typeof child !== 'object') {
        parent = undefined;
        break;
      }
      const next = copies.has(child) ? (child as Container) : copy(child);
      // A key named __proto__ is data here: define it, as the parser did, never set the prototype.
      Object.defineProperty(parent, seg, { value: next, writable: true, enumerable: true, configurable: true });
      parent = next;
    }
    if (!parent) continue;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent[last as number] = undefined;
    else delete parent[last];
  }
  return root;
}

/** The schema node at a path (through optional, array, union and record wrappers). */
export function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let cur: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!cur) return undefined;
    const def = cur._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof seg === 'string') cur = unwrap((def.shape as Record<string, z.ZodType>)[seg]);
    else if (def.type === 'array') cur = unwrap(def.element as z.ZodType);
    else if (def.type === 'record') cur = unwrap(def.valueType as z.ZodType);
    else if (def.type === 'union') {
      const options = (def.options as z.ZodType[]).map((o) => schemaAt(o, [seg])).filter(Boolean);
      cur = options[0];
    } else return undefined;
  }
  return cur;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let cur = schema;
  while (cur) {
    const def = cur._zod.def as unknown as { type: string; innerType?: z.ZodType; options?: z.ZodType[] };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) cur = def.innerType;
    else if (def.type === 'union' && def.options) {
      // score: number | { value, rationale } — the object branch is the one with keys to offer.
      cur = def.options.find((o) => (o._zod.def as { type: string }).type === 'object') ?? cur;
      if ((cur._zod.def as { type: string }).type === 'union') return cur;
    } else return cur;
  }
  return cur;
}

export function keysAt(schema: z.ZodType, path: Path): string[] {
  const node = schemaAt(schema, path);
  const def = node?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export function enumAt(schema: z.ZodType, path: Path): string[] | undefined {
  const node = schemaAt(schema, path);
  const def = node?._zod.def as { type: string; entries?: Record<string, string> } | undefined;
  return def?.type === 'enum' && def.entries ? Object.values(def.entries) : undefined;
}

