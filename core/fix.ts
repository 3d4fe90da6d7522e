import { applyEdits } from './edits';
import { type Fix, type LintOptions, type LintResult, lint } from './engine';
import { parse } from './parse';
import type { Finding } from './types';

export { applyEdits };
export type { Fix };

/** Every auto fix of one lint result that can be applied together (no overlapping edits). */
export function autoFixes(result: LintResult): { fix: Fix; finding: Finding }[] {
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
  while (out.length && !readable(applyEdits(text, out.flatMap((f) => f.fix.edits)))) out.pop();
  return out;
}

const readable = (text: string) => !parse(text).problems.some((p) => p.severity === 'error');

/**
 * Applies auto fixes (never stubs) and lints again, until nothing more can be fixed or
 * `maxPasses` is reached. Returns the final text and the findings that were fixed.
 */
export function fixAll(text: string, options: LintOptions, maxPasses = 10): { text: string; fixed: Finding[]; passes: number } {
  const fixed: Finding[] = [];
  let current = text;
  let passes = 0;
  while (passes < maxPasses) {
    const result = lint(current, options);
    const fixes = autoFixes(result);
    if (!fixes.length) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.fix.edits));
    passes++;
    if (next === current) break;
    for (const f of fixes) fixed.push(f.finding);
    current = next;
  }
  return { text: current, fixed, passes };
}
