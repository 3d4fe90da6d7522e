import { version } from '../../package.json';
import { type RuleDescriptor, describeRule, docsUrl } from '../../core/rule';
import { cliLocale, tc } from '../locale';
import { engine } from '../lazy';
import type { Range, Severity } from '../../core/types';
import type { RunReport } from '../report';
import { ITEMS, withItems } from './chunks';

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
  return [...sarifPieces(report)].join('');
}

/** The same SARIF in pieces, each result made only when it is written. */
export function sarifPieces(report: RunReport): Iterable<string> {
  const { allRules } = engine();
  // The built-in rules, then each rule of a plugin, template or .reviewrc.yaml that has findings.
  const known: RuleDescriptor[] = allRules.map(describeRule);
  const ids = new Set(known.map((r) => r.id));
  for (const file of report.files)
    for (const f of file.findings)
      if (f.descriptor && !ids.has(f.descriptor.id)) {
        known.push(f.descriptor);
        ids.add(f.descriptor.id);
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
  const results = flatMapLazily(report.files, (file) =>
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
        ...(report.skipped.length
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: report.skipped.map((path) => ({
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

function* flatMapLazily<T, U>(items: readonly T[], f: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* f(item);
}

/** A relative URI reference: each segment percent-encoded, '/' kept. */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');
