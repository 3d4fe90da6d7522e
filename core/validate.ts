import type { z } from 'zod';
import { configSchema, reviewSchema, templateSchema } from '../schemas';
import { didYouMean } from './suggest';
import type { DocKind, Path, SchemaIssue } from './types';

const schemas = { review: reviewSchema, template: templateSchema, config: configSchema };

const MISPLACED: Record<string, string> = {
  policy: 'policy belongs in the template or in .reviewrc.yaml, not in a review',
  rules: 'rule severities belong in the template, .reviewrc.yaml or an inline `# review-disable` comment, not in a review',
};

/**
 * Checks data against the schema. Returns the issues in the user's words, and a copy of the
 * data with every rejected value removed, so that rules can still run on the rest.
 */
export function validate(kind: DocKind | 'config', data: unknown): { issues: SchemaIssue[]; data: unknown } {
  const schema = schemas[kind];
  const result = schema.safeParse(data);
  if (result.success) return { issues: [], data: result.data };
  const issues: SchemaIssue[] = [];
  const drop: Path[] = [];
  for (const issue of flatten(result.error.issues, data)) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAt(schema, path);
      for (const key of issue.keys) {
        const suggestion = kind === 'review' && path.length === 0 && MISPLACED[key] ? undefined : didYouMean(key, allowed);
        issues.push({ path: [...path, key], at: 'key', message: unknownKeyMessage(key, path, allowed, kind), ...(suggestion ? { suggestion } : {}) });
        drop.push([...path, key]);
      }
      continue;
    }
    const value = getAt(data, path);
    const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
    issues.push({ path, at: 'value', message: issueMessage(issue, path, value, schema), ...(suggestion ? { suggestion } : {}) });
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
      out.push(...flatten(branch, data));
    } else out.push(issue);
  }
  return out;
}
const depth = (issues: Issue[]) => Math.max(0, ...issues.map((i) => i.path.length));

export function displayPath(path: Path): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || 'the document';
}

function unknownKeyMessage(key: string, parent: Path, allowed: string[], kind: DocKind | 'config'): string {
  if (kind === 'review' && parent.length === 0 && MISPLACED[key]) return `Unknown key "${key}": ${MISPLACED[key]}.`;
  const where = parent.length ? ` in "${displayPath(parent)}"` : '';
  const guess = didYouMean(key, allowed);
  if (guess) return `Unknown key "${key}"${where}. Did you mean "${guess}"?`;
  return `Unknown key "${key}"${where}. Remove it, or use one of: ${allowed.join(', ')}.`;
}

function issueMessage(issue: Issue, path: Path, value: unknown, schema: z.ZodType): string {
  const name = `"${displayPath(path)}"`;
  if (value === undefined) {
    const parent = path.slice(0, -1);
    const values = enumAt(schema, path);
    const hint = values ? ` (one of: ${values.join(', ')})` : '';
    return `Missing required key "${String(path[path.length - 1])}"${parent.length ? ` in "${displayPath(parent)}"` : ''}${hint}. Add it.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `${name} should be ${article(issue.expected)}, not ${describe(value)}.`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, values) : undefined;
      return `${JSON.stringify(value)} is not a valid value for ${name}.${guess ? ` Did you mean "${guess}"?` : ''} Use one of: ${values.join(', ')}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `${name} should not be empty.`;
      if (issue.origin === 'array') return `${name} should have at least ${issue.minimum} item(s).`;
      return `${name} should be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}.`;
    case 'too_big':
      return `${name} should be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}.`;
    case 'invalid_union':
      return `${name} has the wrong form; see the format reference for what it accepts.`;
    default:
      return `${name} ${issue.message}.`.replace(/\.\.$/, '.');
  }
}

function article(expected: string): string {
  const word = expected === 'object' ? 'a mapping (key: value pairs)' : expected === 'array' ? 'a list' : expected;
  if (word.startsWith('a ')) return word;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} ${JSON.stringify(value)}`;
}

export function getAt(data: unknown, path: Path): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** A copy without the given paths. A removed list item leaves a hole (undefined) so indices stay true. */
function withoutPaths(data: unknown, paths: Path[]): unknown {
  if (paths.some((p) => p.length === 0)) return {};
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const path of paths) {
    const parent = getAt(copy, path.slice(0, -1));
    if (parent && typeof parent === 'object') {
      const last = path[path.length - 1]!;
      if (Array.isArray(parent)) parent[last as number] = undefined;
      else delete (parent as Record<string, unknown>)[last];
    }
  }
  return copy;
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

