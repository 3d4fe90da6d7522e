// The quick answer for a document that fits its schema, as most do: checked against the schema's
// plain description (schemas/shapes.json), without building zod's schemas, which costs a short
// run (a pre-commit hook on one file) more than linting the file. Only a certain fit is answered
// here, with the data zod would give back; anything else is left to zod (core/validate.ts), which
// reports the problems. test/core/conforms.test.ts holds both answers to be the same.
import type { DocKind } from './types';
import { type Shape, type Shapes, isIsoDateTime } from '../schemas/plain';
import shapesJson from '../schemas/shapes.json';

const shapes = shapesJson as unknown as Shapes;

/** The zod whose checks schemas/shape.ts and this file mirror (test/core/conforms.test.ts). */
export const MIRRORED_ZOD_VERSION = '4.6.7';

/** zod would certainly refuse the value. */
const NO: unique symbol = Symbol('no');
/** The description cannot tell: zod must answer. */
const UNSURE: unique symbol = Symbol('unsure');
type Answer = unknown;

const compiled: RegExp[] = [];
function matches(at: number, text: string): boolean {
  const re = (compiled[at] ??= new RegExp(...shapes.patterns[at]!));
  re.lastIndex = 0;
  return re.test(text);
}

/**
 * What zod's `safeParse(data).data` would be for a document of `kind`, when the document certainly
 * fits: the same value, keys in the same order, sharing with `data` what is unchanged; undefined
 * when zod must be asked.
 */
export function conforming(kind: DocKind | 'config', data: unknown): { data: unknown } | undefined {
  const out = fit(shapes[kind], data);
  return out === NO || out === UNSURE ? undefined : { data: out };
}

function fit(shape: Shape, v: unknown): Answer {
  switch (shape.type) {
    case 'string':
      if (typeof v !== 'string') return NO;
      if ((shape.min !== undefined && v.length < shape.min) || (shape.max !== undefined && v.length > shape.max)) return NO;
      if (shape.patterns) for (const at of shape.patterns) if (!matches(at, v)) return NO;
      if (shape.dateTime !== undefined && !isIsoDateTime(v, (day) => matches(shape.dateTime!, day))) return NO;
      return v;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || (shape.int && !Number.isSafeInteger(v))) return NO;
      if ((shape.gt !== undefined && !(v > shape.gt)) || (shape.gte !== undefined && !(v >= shape.gte))) return NO;
      if ((shape.lt !== undefined && !(v < shape.lt)) || (shape.lte !== undefined && !(v <= shape.lte))) return NO;
      return v;
    case 'boolean':
      return typeof v === 'boolean' ? v : NO;
    case 'values':
      return shape.values.includes(v as string) ? v : NO;
    case 'optional':
      return v === undefined ? undefined : fit(shape.of, v);
    case 'array':
      return list(shape, v);
    case 'object':
      return object(shape, v);
    case 'record':
      return record(shape, v);
    case 'union':
      // zod gives the first option that fits: an option that may fit ends the search unanswered.
      for (const option of shape.of) {
        const out = fit(option, v);
        if (out !== NO) return out;
      }
      return NO;
    default:
      return UNSURE;
  }
}

function list(shape: Shape & { type: 'array' }, v: unknown): Answer {
  if (!Array.isArray(v)) return NO;
  if ((shape.min !== undefined && v.length < shape.min) || (shape.max !== undefined && v.length > shape.max)) return NO;
  // Copied from the first item that differs (or a hole, which zod fills); until then, none is.
  let out: unknown[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const item = fit(shape.of, v[i]);
    if (item === NO || item === UNSURE) return item;
    if (!out && (item !== v[i] || !(i in v))) out = v.slice(0, i);
    if (out) out[i] = item;
  }
  return out ?? v;
}

/**
 * A strict object: no key of its own, every key it requires, each value fitting; its keys in the
 * schema's order. zod gives back a copy; the object itself is given back where the copy would be
 * the same (its keys already in that order, every value its own), as most objects of a review
 * are: a long review is then not held twice while it is linted.
 */
function object(shape: Shape & { type: 'object' }, v: unknown): Answer {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO;
  const input = v as Record<string, unknown>;
  for (const key in input) if (!Object.hasOwn(shape.keys, key)) return NO;
  // The input's keys in order: while the schema's keys come in the same order with the same
  // values, nothing is copied; at the first that does not, the copy starts with those before it.
  const own = Object.keys(input);
  let out: Record<string, unknown> | undefined = Object.getPrototypeOf(input) === Object.prototype ? undefined : {};
  let n = 0;
  for (const key in shape.keys) {
    if (key === '__proto__') return UNSURE;
    const inner = shape.keys[key]!;
    if (!(key in input)) {
      if (inner.type === 'optional') continue;
      return inner.type === 'union' || inner.type === 'never' ? UNSURE : NO;
    }
    const value = fit(inner, input[key]);
    if (value === NO || value === UNSURE) return value;
    if (!out && (own[n] !== key || value !== input[key])) {
      out = {};
      for (let i = 0; i < n; i++) out[own[i]!] = input[own[i]!];
    }
    if (out) out[key] = value;
    n++;
  }
  return out ?? input;
}

/** A map of text keys: only a plain object with ordinary keys is answered here. */
function record(shape: Shape & { type: 'record' }, v: unknown): Answer {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return UNSURE;
  const input = v as Record<string, unknown>;
  const keys = Reflect.ownKeys(input);
  // Copied from the first value that differs; a map without a prototype is always copied, as zod does.
  let out: Record<string, unknown> | undefined = proto === Object.prototype ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (typeof key !== 'string' || key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) return UNSURE;
    const value = fit(shape.of, input[key]);
    if (value === NO || value === UNSURE) return value;
    if (!out && value !== input[key]) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j] as string] = input[keys[j] as string];
    }
    if (out) out[key] = value;
  }
  return out ?? input;
}

/**
 * The keys a map may hold at `path` in a document of `kind`, read from its shape: what
 * core/validate.ts keysAt answers from the zod schema (through optional, list, map and union
 * layers; of a union, its map), without building it.
 */
export function keysAt(kind: DocKind | 'config', path: readonly (string | number)[]): string[] {
  const at = shapeAt(shapes[kind], path);
  return at?.type === 'object' ? Object.keys(at.keys) : [];
}

function shapeAt(shape: Shape | undefined, path: readonly (string | number)[]): Shape | undefined {
  let cur = unwrap(shape);
  for (const seg of path) {
    if (!cur) return undefined;
    if (cur.type === 'object' && typeof seg === 'string') cur = unwrap(Object.hasOwn(cur.keys, seg) ? cur.keys[seg] : undefined);
    else if (cur.type === 'array' || cur.type === 'record') cur = unwrap(cur.of);
    else if (cur.type === 'union') cur = cur.of.map((o) => shapeAt(o, [seg])).find(Boolean);
    else return undefined;
  }
  return cur;
}

function unwrap(shape: Shape | undefined): Shape | undefined {
  let cur = shape;
  while (cur?.type === 'optional') cur = cur.of;
  // score: number | { value, rationale } — the map is the option with keys to offer.
  if (cur?.type === 'union') return cur.of.find((o) => o.type === 'object') ?? cur;
  return cur;
}
