import { applyEdits } from './edits';
import { type Fix, type LintOptions, type LintResult, lint } from './engine';
import { type ParsedDoc, parse } from './parse';
import type { Finding } from './types';

export { applyEdits };
export type { Fix };

/** Every auto fix of one lint result that can be applied together (no overlapping edits). */
export function autoFixes(result: LintResult): { fix: Fix; finding: Finding }[] {
  return appliable(result).fixes;
}

/** The auto fixes that apply together, and the parse of the text they make (the next lint reads it). */
function appliable(result: LintResult): { fixes: { fix: Fix; finding: Finding }[]; next?: ParsedDoc } {
  const out: { fix: Fix; finding: Finding }[] = [];
  const taken: [number, number][] = [];
  for (const finding of result.findings) {
    if (finding.fix !== 'auto') continue;
    for (const fix of result.fixesFor(finding)) {
      if (fix.kind !== 'auto') continue;
      const clash = fix.edits.some((e) => taken.some(([a, b]) => e.start < b && a < e.end || (e.start === e.end && e.start === a)));
      if (clash) continue;
      for (const e of fix.edits) taken.push([e.start, e.end]);
      out.push({ fix, finding });
    }
  }
  // Fixes in different places can still clash (a key renamed to the one another fix adds): never
  // hand out a set that leaves the YAML unreadable; drop the later fixes until it reads.
  const text = result.parsed.text;
  while (out.length) {
    const next = parse(applyEdits(text, out.flatMap((f) => f.fix.edits)));
    if (!next.problems.some((p) => p.severity === 'error')) return { fixes: out, next };
    out.pop();
  }
  return { fixes: out };
}

/**
 * Applies auto fixes (never stubs) and lints again, until nothing more can be fixed or
 * `maxPasses` is reached. Returns the final text, the findings that were fixed and the lint of
 * the final text. `first` is the lint of `text` when the caller already has it.
 */
export function fixAll(
  text: string,
  options: LintOptions,
  maxPasses = 10,
  first?: LintResult,
): { text: string; fixed: Finding[]; passes: number; result: LintResult } {
  const fixed: Finding[] = [];
  let result = first?.parsed.text === text ? first : lint(text, options);
  let passes = 0;
  while (passes < maxPasses) {
    const current = result.parsed.text;
    const { fixes, next } = appliable(result);
    if (!fixes.length || !next) break;
    passes++;
    if (next.text === current) break;
    for (const f of fixes) fixed.push(f.finding);
    result = lint({ parsed: next }, options);
  }
  return { text: result.parsed.text, fixed, passes, result };
}
