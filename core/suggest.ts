import { closest, distance } from 'fastest-levenshtein';

/** The candidate a typo most likely meant, or undefined when none is close. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const lower = word.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact) return exact;
  const best = closest(lower, candidates as string[]);
  return distance(lower, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}
