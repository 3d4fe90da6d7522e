/**
 * A value made the first time it is asked for, then kept. For a pattern with Unicode property
 * escapes (`\p{L}`) or Unicode case folding: V8 reads such a pattern, and builds the character
 * tables it needs, as soon as the literal is evaluated, which cost every start-up about 0.15 ms a
 * pattern, whether or not the run ever used it.
 */
export function lazily<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
