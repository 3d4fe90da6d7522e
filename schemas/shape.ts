// Writes the zod schemas as plain data (Shapes in ./plain.ts), for schemas/shapes.json. Each kind
// of schema and check is described only where its meaning is certain; anything else becomes
// `never`, so that a value there is always left to zod. test/core/conforms.test.ts holds the
// description to zod's own answers.
import type * as z from 'zod';
import { isDateTime, isoDate } from './common';
import type { Shape, Shapes } from './plain';

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;
const NEVER: Shape = { type: 'never' };

export function shapesOf(schemas: { review: z.ZodType; template: z.ZodType; config: z.ZodType }): Shapes {
  const patterns: Shapes['patterns'] = [];
  const seen = new Map<string, number>();
  /** The place of a pattern in `patterns`, each written once. */
  const named = (re: RegExp): number => {
    const key = `${re.flags}/${re.source}`;
    let at = seen.get(key);
    if (at === undefined) seen.set(key, (at = patterns.push([re.source, re.flags]) - 1));
    return at;
  };
  const shapeOf = (schema: z.ZodType): Shape => {
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
        return stringShape(def);
      case 'number':
        return numberShape(def);
      case 'boolean':
        return def.checks?.length ? NEVER : { type: 'boolean' };
      case 'enum':
        return def.checks?.length ? NEVER : { type: 'values', values: Object.values(def.entries as Record<string, string | number>) };
      case 'literal':
        return def.checks?.length ? NEVER : { type: 'values', values: def.values as (string | number | boolean | null)[] };
      case 'optional':
        return { type: 'optional', of: shapeOf(def.innerType as z.ZodType) };
      case 'array': {
        const shape: Shape & { type: 'array' } = { type: 'array', of: shapeOf(def.element as z.ZodType) };
        return lengths(def, shape) ? shape : NEVER;
      }
      case 'union':
        return def.inclusive === false || def.checks?.length ? NEVER : { type: 'union', of: (def.options as z.ZodType[]).map(shapeOf) };
      case 'record': {
        const key = defOf(def.keyType as z.ZodType);
        if (key.type !== 'string' || key.checks?.length || def.mode === 'loose' || def.checks?.length) return NEVER;
        return { type: 'record', of: shapeOf(def.valueType as z.ZodType) };
      }
      case 'object': {
        // Only a strict object, as every object of ours is: an unknown key is a problem.
        if (def.catchall === undefined || defOf(def.catchall as z.ZodType).type !== 'never' || def.checks?.length) return NEVER;
        const keys: Record<string, Shape> = {};
        for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) keys[key] = shapeOf(value);
        return { type: 'object', keys };
      }
      default:
        return NEVER;
    }
  };

  const stringShape = (def: Def): Shape => {
    const shape: Shape & { type: 'string' } = { type: 'string' };
    // A format of its own (z.iso.date()): its pattern is its check.
    if (def.format !== undefined && !formatPattern(def, shape)) return NEVER;
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === 'min_length' && typeof c.minimum === 'number') shape.min = c.minimum;
      else if (c.check === 'max_length' && typeof c.maximum === 'number') shape.max = c.maximum;
      else if (c.check === 'string_format' && formatPattern(c, shape)) continue;
      else if (c.check === 'custom' && c.fn === isDateTime) shape.dateTime = named(defOf(isoDate).pattern as RegExp);
      else return NEVER;
    }
    return shape;
  };

  /** A format that is a pattern and nothing more (a date, a regex), added to `shape`; false for any other. */
  const formatPattern = (def: Record<string, unknown>, shape: Shape & { type: 'string' }): boolean => {
    if ((def.format !== 'regex' && def.format !== 'date') || !(def.pattern instanceof RegExp)) return false;
    (shape.patterns ??= []).push(named(def.pattern));
    return true;
  };

  return { patterns, review: shapeOf(schemas.review), template: shapeOf(schemas.template), config: shapeOf(schemas.config) };
}

function numberShape(def: Def): Shape {
  const shape: Shape & { type: 'number' } = { type: 'number' };
  if (def.format !== undefined) return NEVER;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'number_format' && c.format === 'safeint') shape.int = true;
    else if (c.check === 'greater_than' && typeof c.value === 'number') shape[c.inclusive ? 'gte' : 'gt'] = c.value;
    else if (c.check === 'less_than' && typeof c.value === 'number') shape[c.inclusive ? 'lte' : 'lt'] = c.value;
    else return NEVER;
  }
  return shape;
}

function lengths(def: Def, shape: Shape & { type: 'array' }): boolean {
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number') shape.min = c.minimum;
    else if (c.check === 'max_length' && typeof c.maximum === 'number') shape.max = c.maximum;
    else return false;
  }
  return true;
}
