// Reports written a piece at a time: a large run's JSON or SARIF is never one string in memory.
// Each piece is what JSON.stringify(whole, null, 2) writes for that part, so the bytes are the same.

/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep (its lines indented to match). */
export function nested(value: unknown, depth: number): string {
  // A JSON string never holds a raw line break, so every line break is the layout's own.
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** Stands, in a value given to `withItems`, where its array of items goes. */
export const ITEMS = '\u0000items\u0000';

/**
 * The pieces of JSON.stringify(value, null, 2) + a line break, where `value` holds ITEMS in place
 * of its last array (`depth` levels deep): that array is written an item at a time from `items`.
 */
export function* withItems(value: unknown, items: Iterable<unknown>, depth: number): Generator<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  // The marker is a whole string holding NUL characters, which no path or message of ours is.
  const quoted = JSON.stringify(ITEMS);
  const at = text.lastIndexOf(quoted);
  yield text.slice(0, at);
  const pad = `\n${'  '.repeat(depth + 1)}`;
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}${pad}${nested(item, depth + 1)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
  yield text.slice(at + quoted.length);
}
