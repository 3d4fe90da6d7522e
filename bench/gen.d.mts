// Types of bench/gen.mjs for the TypeScript tests that generate a corpus with it.
export interface CorpusInfo { files: number; templates: number; lines: number; bytes: number; faulty: number }
export function generate(options: { files?: number; seed?: number; out: string }): CorpusInfo;
export interface Rng { next(): number; int(lo: number, hi: number): number; pick<T>(list: T[]): T; chance(p: number): boolean }
export function rng(seed: number): Rng;
/** One review's text, about `target` lines long. */
export function review(r: Rng, options?: { target?: number; lang?: 'en' | 'zh'; faulty?: boolean; template?: string; syntaxError?: boolean }): string;
