/**
 * Rule fixtures carry their own expectations, markdownlint-style: a comment `# expect: rule-id`
 * at the end of the line where a finding must start (several ids: comma-separated), or
 * `# expect-line N: rule-id` anywhere for a line that cannot hold a comment. Any finding not
 * expected, or expected and missing, fails the test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigFinder, type ConfigContext } from '../../node/config';
import { parse, toData } from '../../core/parse';
import { displayPath, validate } from '../../core/validate';
import { customRuleProblems } from '../../core/declarative';
import { nodeHost, slash } from '../../node/host';
import { lint } from '../../core/engine';
import type { Locale } from '../../core/i18n';

export const FIXTURES = resolve(__dirname, '../fixtures');

export const configContext: ConfigContext = { engine: () => ({ parse, toData, validate, customRuleProblems, displayPath }), locale: () => 'en' };

export function expectations(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const inline = /#\s*expect:\s*([a-z0-9/, -]+)\s*$/.exec(line);
    if (inline) for (const id of inline[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${i + 1} ${id}`);
    const at = /#\s*expect-line\s+(\d+):\s*([a-z0-9/, -]+)\s*$/.exec(line);
    if (at) for (const id of at[2]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${at[1]} ${id}`);
  });
  return out.sort();
}

/** Lints a fixture file the way the CLI would (nearest .reviewrc.yaml, templates from disk). */
export function lintFixture(file: string, only?: string[], locale?: Locale) {
  const text = readFileSync(file, 'utf8');
  const loaded = new ConfigFinder(configContext).forFile(file);
  return lint(text, { path: slash(file), config: loaded?.config, host: nodeHost(FIXTURES), only, locale });
}

export function actual(file: string, only?: string[]): string[] {
  return lintFixture(file, only).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`).sort();
}

/** Fixture files in a folder and its subfolders (a subfolder may hold its own .reviewrc.yaml). */
export function listFixtures(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.review.yaml') && statSync(f).isFile())
    .sort();
}

/**
 * Finding-level precision and recall of `found` (each file's "line rule" strings) against the
 * files' `# expect:` marks: what was found and not marked, and what was marked and not found.
 */
export function precisionRecall(files: readonly string[], dir: string, found: (file: string) => string[]) {
  let tp = 0;
  const falsePositives: string[] = [];
  const missed: string[] = [];
  for (const file of files) {
    const rest = expectations(readFileSync(file, 'utf8'));
    for (const f of found(file)) {
      const i = rest.indexOf(f);
      if (i >= 0) {
        rest.splice(i, 1);
        tp++;
      } else falsePositives.push(`${file.slice(dir.length + 1)}:${f}`);
    }
    for (const e of rest) missed.push(`${file.slice(dir.length + 1)}:${e}`);
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const precision = tp + falsePositives.length ? tp / (tp + falsePositives.length) : 1;
  const recall = tp + missed.length ? tp / (tp + missed.length) : 1;
  const summary = `precision ${pct(precision)} (${tp}/${tp + falsePositives.length}), recall ${pct(recall)} (${tp}/${tp + missed.length})`;
  return { falsePositives, missed, summary };
}

export { dirname };
