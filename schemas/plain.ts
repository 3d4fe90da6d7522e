// What the schemas share with the rules, written without zod: the engine reads these on every
// run, and a review that fits its shape (core/conforms.ts) is linted without building a schema.

/** The decisions an outcome may record, by the kind of interview that makes them. */
export const OUTCOME_DECISIONS = {
  probation: ['confirmed-early', 'confirmed', 'extended', 'ended'],
  pip: ['completed', 'extended', 'not-met'],
} as const;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A local or zoned ISO 8601 date-time, to the minute at least, naming a day that exists and a
 * time that does (what `isoDateTime` accepts). `isDate` answers for the day, as `isoDate` does.
 */
export function isIsoDateTime(s: string, isDate: (day: string) => boolean): boolean {
  const m = DATE_TIME.exec(s);
  return !!m && isDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
}

/**
 * A schema as plain data (schemas/shapes.json, made from the zod schemas by schemas/shape.ts):
 * enough to tell that a document certainly fits, and to give back what zod would. What it cannot
 * describe is `never`: a value there is left to zod.
 */
export type Shape =
  | { type: 'string'; min?: number; max?: number; patterns?: number[]; dateTime?: number }
  | { type: 'number'; int?: true; gt?: number; gte?: number; lt?: number; lte?: number }
  | { type: 'boolean' }
  | { type: 'values'; values: (string | number | boolean | null)[] }
  | { type: 'array'; of: Shape; min?: number; max?: number }
  | { type: 'object'; keys: Record<string, Shape> }
  | { type: 'record'; of: Shape }
  | { type: 'union'; of: Shape[] }
  | { type: 'optional'; of: Shape }
  | { type: 'never' };

/** A regular expression as data: its source and flags. Shapes name one by its place in `Shapes.patterns`. */
export type Pattern = [source: string, flags: string];

/** schemas/shapes.json: the shape of each kind of document, and the patterns they name. */
export interface Shapes {
  patterns: Pattern[];
  review: Shape;
  template: Shape;
  config: Shape;
}
