import { version } from '../../package.json';
import { type RuleDescriptor, describeRule, docsUrl } from '../../core/rule';
import { cliLocale, tc } from '../locale';
import { engine } from '../lazy';
import type { Range, Severity } from '../../core/types';
import type { FileReport, ReportedFinding, RunReport } from '../report';
import { ITEMS, withItems } from './chunks';
import { Spool } from './spool';
import { type ReportWriter, whole } from './writer';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** 1-based; SARIF's endColumn is the column after the last character, as ours is. */
const region = (r: Range) => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/**
 * SARIF 2.1.0 for code scanning: every rule as a reportingDescriptor, every finding as a
 * result located relative to the repository root (`%SRCROOT%`), with the baseline's
 * fingerprint so that alerts follow a finding across unrelated edits.
 */
export function formatSarif(report: RunReport): string {
  return whole(sarifWriter(), report);
}

type Related = NonNullable<ReportedFinding['related']>;
/**
 * What SARIF keeps of a file until the end, as arrays rather than objects (half the text to
 * compress and read back): path, repoPath, then each finding's rule, severity, message, start
 * line and character, end line and character, fingerprint and related places. No descriptors
 * (kept once each), no fixes.
 */
type Kept = [string, string | null, [string, Severity, string, number, number, number, number, string | null, Related | null][]];

/** A kept file as the results are made from it. */
function unkept([path, repoPath, findings]: Kept): { path: string; repoPath?: string; findings: Pick<ReportedFinding, 'rule' | 'severity' | 'message' | 'range' | 'related' | 'fingerprint'>[] } {
  return {
    path,
    ...(repoPath === null ? {} : { repoPath }),
    findings: findings.map(([rule, severity, message, sl, sc, el, ec, fingerprint, related]) => ({
      rule,
      severity,
      message,
      range: { start: { line: sl, character: sc }, end: { line: el, character: ec } },
      ...(fingerprint === null ? {} : { fingerprint }),
      ...(related === null ? {} : { related }),
    })),
  };
}

/**
 * The same SARIF, each result made only when it is written. The rules come first and name those
 * of plugins and house rules that have findings, so the files are spooled (compressed) until the
 * end, and the rules met on the way are kept once each, in the order they were met.
 */
export function sarifWriter(): ReportWriter {
  const files = new Spool<Kept>();
  const extra: RuleDescriptor[] = [];
  const seen = new Set<string>();
  return {
    file(file: FileReport): string {
      for (const f of file.findings)
        if (f.descriptor && !seen.has(f.descriptor.id)) {
          extra.push(f.descriptor);
          seen.add(f.descriptor.id);
        }
      files.add([
        file.path,
        file.repoPath ?? null,
        file.findings.map((f) => [f.rule, f.severity, f.message, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.fingerprint ?? null, f.related ?? null]),
      ]);
      return '';
    },
    end: (tail) => sarifPieces(mapLazily(files.items(), unkept), extra, tail.skipped),
  };
}

function sarifPieces(files: Iterable<ReturnType<typeof unkept>>, extra: RuleDescriptor[], skipped: string[]): Iterable<string> {
  const { allRules } = engine();
  // The built-in rules, then each rule of a plugin, template or .reviewrc.yaml that has findings.
  const known: RuleDescriptor[] = allRules.map(describeRule);
  const ids = new Set(known.map((r) => r.id));
  for (const r of extra)
    if (!ids.has(r.id)) {
      known.push(r);
      ids.add(r.id);
    }
  const index = new Map(known.map((r, i) => [r.id, i]));
  const rules = known.map((r) => {
    const helpUri = r.origin === 'review-yaml' ? docsUrl(r.id, cliLocale()) : r.docs;
    return {
      id: r.id,
      shortDescription: { text: r.description[cliLocale()] || r.description.en },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
      properties: { tags: r.tags },
    };
  });
  const results = flatMapLazily(files, (file) =>
    file.findings.map((f) => {
      const artifactLocation = { uri: uriOf(file.repoPath ?? file.path), uriBaseId: '%SRCROOT%' };
      return {
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f.range) } }],
        ...(f.related?.length
          ? { relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r.range) } })) }
          : {}),
        ...(f.fingerprint ? { partialFingerprints: { 'reviewYaml/v1': f.fingerprint } } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'review-yaml', version, semanticVersion: version, informationUri: 'https://github.com/review-yaml/review-yaml', rules } },
        columnKind: 'utf16CodeUnits',
        // Files named or found that were not linted (not a review or template): said, not dropped.
        ...(skipped.length
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: skipped.map((path) => ({
                    level: 'warning',
                    descriptor: { id: 'not-linted' },
                    message: { text: tc('cli.notLinted', { path }) },
                    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(path), uriBaseId: '%SRCROOT%' } } }],
                  })),
                },
              ],
            }
          : {}),
        results: ITEMS,
      },
    ],
  };
  return withItems(log, results, 3);
}

function* mapLazily<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function* flatMapLazily<T, U>(items: Iterable<T>, f: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* f(item);
}

/** A relative URI reference: each segment percent-encoded, '/' kept. */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');
