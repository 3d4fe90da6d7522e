/**
 * Text from a document made safe for a terminal: control characters (ESC, CR, LF, BEL, the C1
 * range) and the bidirectional controls that reorder what is shown are written as visible
 * escapes, so a document cannot move the cursor, recolour the screen or print a fake summary.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\n\t]/g;

export function clean(s: string): string {
  return s.replace(UNSAFE, (ch) => (ch === '\t' ? ' ' : `\\u{${ch.charCodeAt(0).toString(16).toUpperCase()}}`));
}

/** Findings shown per file in a terminal; the rest are counted on one line (JSON and SARIF list them all). */
export const SHOWN_PER_FILE = 1000;

/** The largest of f(x) over a list, without spreading the list into arguments (which fails past ~100k items). */
export function widest<T>(items: readonly T[], f: (x: T) => number): number {
  let w = 0;
  for (const x of items) w = Math.max(w, f(x));
  return w;
}
