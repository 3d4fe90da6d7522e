// Large reports are written in pieces, byte for byte what the whole-string formatters wrote: the
// formatters as they were (JSON and SARIF whole objects through one JSON.stringify, stylish, GitHub
// and JUnit one string from every file) are kept below as the reference, and compared with the
// pieces, written a file at a time, on generated reports and on the examples.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { version } from '../../package.json';
import { type RuleDescriptor, describeRule, docsUrl } from '../../core/rule';
import type { Range, Severity } from '../../core/types';
import { engine } from '../../cli/lazy';
import { cliLocale, tc } from '../../cli/locale';
import { createColors } from 'picocolors';
import { formatJson } from '../../cli/formatters/json';
import { formatSarif } from '../../cli/formatters/sarif';
import { SHOWN_PER_FILE, clean, widest } from '../../cli/formatters/clean';
import { escapeData, escapeProperty } from '../../cli/formatters/github';
import { xml } from '../../cli/formatters/junit';
import { tcn } from '../../cli/locale';
import { FORMATS, writeTargets } from '../../cli/lint/outputs';
import { type FileReport, type ReportedFinding, type RunReport, summarize } from '../../cli/report';
import { ROOT, cli } from '../support/cli';

// ---- The reference: the formatters as they were before they wrote pieces. ----

function referenceJson(report: RunReport): string {
  const out = {
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      kind: f.kind,
      findings: f.findings.map((x) => ({
        rule: x.rule,
        severity: x.severity,
        message: x.message,
        range: {
          start: { line: x.range.start.line + 1, column: x.range.start.character + 1 },
          end: { line: x.range.end.line + 1, column: x.range.end.character + 1 },
        },
        ...(x.fix ? { fix: x.fix } : {}),
      })),
    })),
    skipped: report.skipped,
    summary: report.summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

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
function referenceSarif(report: RunReport): string {
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
  const results = report.files.flatMap((file) =>
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
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function referenceStylish(report: RunReport, color: boolean): string {
  const c = createColors(color);
  const lines: string[] = [];
  const label = { error: tc('cli.severity.error'), warning: tc('cli.severity.warning'), info: tc('cli.severity.info') };
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  for (const file of report.files) {
    if (!file.findings.length) continue;
    lines.push(c.underline(clean(file.path)));
    const shown = file.findings.length > SHOWN_PER_FILE ? file.findings.slice(0, SHOWN_PER_FILE) : file.findings;
    const positions = shown.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1}`);
    const w0 = widest(positions, (p) => p.length);
    const w1 = widest(shown, (f) => label[f.severity].length);
    shown.forEach((f, i) => {
      lines.push(`  ${c.dim(positions[i]!.padEnd(w0))}  ${paint[f.severity](label[f.severity].padEnd(w1))}  ${clean(f.message)}  ${c.dim(clean(f.rule))}`);
    });
    if (shown.length < file.findings.length) lines.push(`  ${c.dim(tcn('cli.stylish.more', file.findings.length - shown.length))}`);
    lines.push('');
  }
  const { errors, warnings, infos, files, filesWithProblems } = report.summary;
  const problems = errors + warnings + infos;
  const count = (what: 'problems' | 'errors' | 'warnings' | 'infos' | 'files', n: number) => tcn(`cli.stylish.${what}`, n);
  if (problems) {
    const mark = errors ? c.red(c.bold('✖')) : c.yellow(c.bold('⚠'));
    const counts = { problems: count('problems', problems), errors: count('errors', errors), warnings: count('warnings', warnings), infos: count('infos', infos), files: count('files', files) };
    lines.push(`${mark} ${filesWithProblems < files ? tc('cli.stylish.totalOf', { ...counts, some: filesWithProblems }) : tc('cli.stylish.total', counts)}`);
  } else {
    lines.push(`${c.green('✔')} ${tc('cli.stylish.clean', { files: count('files', files) })}`);
  }
  const { baseline, fixed } = report.summary;
  if (fixed !== undefined) lines.push(tc(report.dryRun ? 'cli.stylish.wouldFix' : 'cli.stylish.fixed', { problems: count('problems', fixed) }));
  if (baseline) {
    const problems = count('problems', baseline.hidden);
    lines.push(c.dim(baseline.stale ? tcn('cli.stylish.hiddenStale', baseline.stale, { problems }) : tc('cli.stylish.hidden', { problems })));
  }
  for (const path of report.skipped) lines.push(`${c.yellow(c.bold('⚠'))} ${c.yellow(tc('cli.notLinted', { path: clean(path) }))}`);
  return `${lines.join('\n')}\n`;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function referenceGithub(report: RunReport): string {
  const lines: string[] = [];
  for (const file of report.files)
    for (const f of file.findings) {
      const { start, end } = f.range;
      const props = [
        ['file', file.repoPath ?? file.path],
        ['line', start.line + 1],
        ['col', start.character + 1],
        ['endLine', end.line + 1],
        ['endColumn', end.character + 1],
        ['title', f.rule],
      ].map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  for (const path of report.skipped) lines.push(`::warning file=${escapeProperty(path)},title=not-linted::${escapeData(tc('cli.notLinted', { path }))}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function referenceJunit(report: RunReport): string {
  const cases: string[] = [];
  let failed = 0;
  for (const file of report.files) {
    const at = (f: (typeof file.findings)[number]) => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const errors = file.findings.filter((f) => f.severity === 'error');
    const others = file.findings.filter((f) => f.severity !== 'error');
    if (errors.length) failed++;
    const body = [
      ...errors.map((f) => `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${at(f)}: ${f.message} (${f.rule})`)}</failure>`),
      ...(others.length ? [`      <system-out>${xml(others.map((f) => `${at(f)}: ${f.severity}: ${f.message} (${f.rule})`).join('\n'))}</system-out>`] : []),
    ];
    const open = `    <testcase classname="review-yaml" name="${xml(file.path)}" file="${xml(file.path)}"`;
    cases.push(body.length ? `${open}>\n${body.join('\n')}\n    </testcase>` : `${open}/>`);
  }
  for (const path of report.skipped)
    cases.push(`    <testcase classname="review-yaml" name="${xml(path)}" file="${xml(path)}">\n      <skipped message="${xml(tc('cli.notLinted', { path }))}"/>\n    </testcase>`);
  const counts = `tests="${report.files.length + report.skipped.length}" failures="${failed}" errors="0" skipped="${report.skipped.length}"`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="review-yaml" ${counts}>`, `  <testsuite name="review-yaml" ${counts}>`, ...cases, '  </testsuite>', '</testsuites>', ''].join('\n');
}

/** Each format as it was, by name. */
const REFERENCE = {
  stylish: (r: RunReport) => referenceStylish(r, false),
  json: referenceJson,
  sarif: referenceSarif,
  github: referenceGithub,
  junit: referenceJunit,
};

/** A relative URI reference: each segment percent-encoded, '/' kept. */
const uriOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

// ---- Reports to write. ----

const SEVERITIES = ['error', 'warning', 'info'] as const;
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('总是迟到', 'line\nbreak', 'quote " and \\ backslash', '\u0000items\u0000', 'tab\there', '😀 emoji', '</testcase>&'));
const position = fc.record({ line: fc.nat(500), character: fc.nat(120) });
const finding: fc.Arbitrary<ReportedFinding> = fc.record(
  {
    rule: fc.constantFrom('praise-missing', 'personality-language', 'schema', 'acme/house-rule'),
    severity: fc.constantFrom(...SEVERITIES),
    message: text,
    range: fc.record({ start: position, end: position }),
    fix: fc.constantFrom('auto' as const, 'stub' as const),
    fingerprint: fc.constantFrom('0123abcd', 'ffee0011'),
    related: fc.array(fc.record({ range: fc.record({ start: position, end: position }), message: text }), { maxLength: 2 }),
  },
  { requiredKeys: ['rule', 'severity', 'message', 'range'] },
).map((f) =>
  f.rule === 'acme/house-rule'
    ? { ...f, descriptor: { id: 'acme/house-rule', description: { en: 'House rule' }, defaultSeverity: 'warning' as const, from: 'draft' as const, fix: 'none' as const, tags: ['house'], docs: 'https://intranet.example.com/rules' } }
    : f,
);
const fileReport: fc.Arbitrary<FileReport> = fc.record({
  path: fc.oneof(fc.constantFrom('a.review.yaml', 'team/张伟.review.yaml', 'dir with space/b.review.yaml'), text.map((t) => `${t}.review.yaml`)),
  kind: fc.constantFrom('review' as const, 'template' as const),
  findings: fc.array(finding, { maxLength: 6 }),
  repoPath: fc.constantFrom(undefined, 'reviews/a.review.yaml'),
});
const report: fc.Arbitrary<RunReport> = fc
  .record({
    files: fc.array(fileReport, { maxLength: 8 }),
    skipped: fc.array(fc.oneof(fc.constantFrom('notes.review.yaml', 'other/x.review.yaml'), text.map((t) => `${t}.yaml`)), { maxLength: 2 }),
    baseline: fc.option(fc.record({ hidden: fc.nat(9), stale: fc.nat(9) }), { nil: undefined }),
    fixed: fc.option(fc.nat(9), { nil: undefined }),
    dryRun: fc.boolean(),
  })
  .map(({ files, skipped, baseline, fixed, dryRun }) => ({
    files,
    skipped,
    summary: { ...summarize(files), ...(baseline ? { baseline } : {}), ...(fixed === undefined ? {} : { fixed }) },
    ...(fixed === undefined ? {} : { dryRun }),
  }));

/** What the CLI writes for `report` in `format`, given the files one at a time (as it does while linting). */
function streamed(format: (typeof FORMATS)[number], report: RunReport): { text: string; writes: number[] } {
  const writes: number[] = [];
  let text = '';
  const stdout = { write: (s: string) => (writes.push(s.length), (text += s), true) } as unknown as NodeJS.WritableStream;
  writeTargets([{ format }], report, { cwd: ROOT, stdout });
  return { text, writes };
}

describe('cli: reports written in pieces', () => {
  it('JSON and SARIF in pieces are the bytes the whole-string formatters wrote', () => {
    fc.assert(
      fc.property(report, (r) => {
        assert.equal(formatJson(r), referenceJson(r));
        assert.equal(formatSarif(r), referenceSarif(r));
      }),
      { seed: 20_261_207, numRuns: 400 },
    );
  });

  it('every format written a file at a time is the bytes its whole-string formatter wrote', () => {
    fc.assert(
      fc.property(report, (r) => {
        for (const format of FORMATS) assert.equal(streamed(format, r).text, REFERENCE[format](r), format);
      }),
      { seed: 20_261_208, numRuns: 300 },
    );
    // Past the 1,000 findings a terminal shows of one file, and with colours.
    const many: ReportedFinding[] = Array.from({ length: 1005 }, (_, i) => ({ rule: 'vague-praise', severity: SEVERITIES[i % 3]!, message: `m${i}`, range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } } }));
    const files: FileReport[] = [{ path: 'a.review.yaml', kind: 'review', findings: many }, { path: 'b.review.yaml', kind: 'review', findings: [] }, { path: 'c.review.yaml', kind: 'review', findings: many.slice(0, 2) }];
    const big: RunReport = { files, skipped: ['x.yaml'], summary: summarize(files) };
    for (const format of FORMATS) assert.equal(streamed(format, big).text, REFERENCE[format](big), format);
    let coloured = '';
    writeTargets([{ format: 'stylish' }], big, { cwd: ROOT, stdout: { isTTY: true, write: (s: string) => ((coloured += s), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean } });
    if (!process.env.NO_COLOR) assert.equal(coloured, referenceStylish(big, true));
  });

  it('the same on the examples, as the CLI writes them to standard output and to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-yaml-pieces-'));
    try {
      for (const format of ['json', 'sarif'] as const) {
        const out = join(dir, `out.${format}`);
        const printed = cli(['lint', '--format', format, 'examples', '--format', format, '-o', out], { cwd: ROOT });
        const report = JSON.parse(cli(['lint', '--format', 'json', 'examples'], { cwd: ROOT }).stdout) as { files: { path: string }[] };
        assert.ok(report.files.length > 5, 'the examples have reviews');
        assert.equal(readFileSync(out, 'utf8'), printed.stdout, `${format}: the file and standard output agree`);
        // Whole-string reference on the report read back from the JSON (1-based positions undone).
        if (format === 'json') assert.equal(printed.stdout, `${JSON.stringify(JSON.parse(printed.stdout), null, 2)}\n`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never builds the whole report as one string: each write is a piece of about 64 KB', () => {
    // 4,000 files of 12 findings: about 10 MB of SARIF.
    const findings: ReportedFinding[] = Array.from({ length: 12 }, (_, i) => ({
      rule: 'personality-language',
      severity: 'warning',
      message: `"lazy" judges the person, not the work (${i}).`,
      range: { start: { line: i, character: 4 }, end: { line: i, character: 8 } },
      fingerprint: 'abcdef0123456789',
    }));
    const files: FileReport[] = Array.from({ length: 4000 }, (_, i) => ({ path: `team-${i % 40}/r${i}.review.yaml`, kind: 'review', findings }));
    const big: RunReport = { files, skipped: [], summary: summarize(files) };
    for (const format of FORMATS) {
      const { text: whole, writes } = streamed(format, big);
      const reference = REFERENCE[format](big);
      assert.ok(whole === reference, `${format}: the pieces are the whole report`);
      assert.ok(reference.length > 2_000_000, `${format}: ${reference.length} characters`);
      assert.ok(Math.max(...writes) < 80_000, `${format}: the largest write is ${Math.max(...writes)} characters`);
      assert.ok(writes.length > 60, `${format}: ${writes.length} writes`);
    }
  });
});
