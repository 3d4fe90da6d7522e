// Types of bench/gen.mjs for the TypeScript tests that generate a corpus with it.
export interface CorpusInfo { files: number; templates: number; lines: number; bytes: number; faulty: number }
export function generate(options: { files?: number; seed?: number; out: string }): CorpusInfo;
