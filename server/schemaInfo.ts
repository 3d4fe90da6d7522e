// What the zod schemas say about a path: its description, its shape, the values it accepts.
// Built on core/validate's schemaAt/keysAt/enumAt, which walk the same schemas.
import type { z } from 'zod';
import { configSchema, reviewSchema, templateSchema } from '../schemas';
import type { Path } from '../core/types';
import { enumAt, keysAt, schemaAt } from '../core/validate';
import type { SchemaKind } from './documents';

const SCHEMAS: Record<SchemaKind, z.ZodType> = { review: reviewSchema, template: templateSchema, config: configSchema };

export const schemaFor = (kind: SchemaKind): z.ZodType => SCHEMAS[kind];

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; valueType?: z.ZodType; values?: unknown[]; options?: z.ZodType[] };
const defOf = (s: z.ZodType | undefined): Def | undefined => s?._zod.def as unknown as Def | undefined;

/** The schema exactly as declared at a path (with its optional/describe wrappers). */
function declaredAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  if (!path.length) return schema;
  const parent = defOf(schemaAt(schema, path.slice(0, -1)));
  const last = path[path.length - 1]!;
  if (parent?.type === 'object' && typeof last === 'string') return parent.shape?.[last];
  if (parent?.type === 'array') return parent.element;
  if (parent?.type === 'record') return parent.valueType;
  return undefined;
}

/** The `.describe()` text of a key or list item: the first one found through its wrappers. */
export function describeAt(schema: z.ZodType, path: Path): string | undefined {
  for (let s = declaredAt(schema, path); s; s = defOf(s)?.innerType) if (s.description) return s.description;
  return undefined;
}

export type Shape = 'object' | 'array' | 'record' | 'enum' | 'literal' | 'boolean' | 'number' | 'string' | 'other';

export function shapeAt(schema: z.ZodType, path: Path): Shape | undefined {
  const t = defOf(schemaAt(schema, path))?.type;
  if (!t) return undefined;
  return (['object', 'array', 'record', 'enum', 'literal', 'boolean', 'number', 'string'] as const).find((s) => s === t) ?? 'other';
}

export function isOptional(schema: z.ZodType, path: Path): boolean {
  return defOf(declaredAt(schema, path))?.type === 'optional';
}

/** The fixed values a scalar at the path may take (enum, literal, boolean). */
export function valuesAt(schema: z.ZodType, path: Path): string[] {
  const fixed = enumAt(schema, path);
  if (fixed) return fixed;
  const def = defOf(schemaAt(schema, path));
  if (def?.type === 'literal') return (def.values ?? []).map(String);
  if (def?.type === 'boolean') return ['true', 'false'];
  return [];
}

export { keysAt };
