// Findings → LSP diagnostics: code = rule id, codeDescription = its docs page (vscode-eslint's shape).
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Locale } from '../core/i18n';
import { ts } from './messages';
import { type Rule, docsUrl, ruleDocsUrl } from '../core/rule';
import type { Finding, Severity } from '../core/types';
import type { Analysis } from './documents';

export const SOURCE = 'review-yaml';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export interface DiagnosticData {
  /** The kind of fix the rule offers for this finding, if any (for the code-action handler). */
  fix?: 'auto' | 'stub';
}

export function toDiagnostic(finding: Finding, uri: string, locale: Locale = 'en', rule?: Pick<Rule, 'id' | 'meta'>): Diagnostic {
  // A rule of a plugin or a template links to the page it gives, if any; ours to its page.
  const href = rule ? ruleDocsUrl(rule, locale) : docsUrl(finding.rule, locale);
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
  };
  if (finding.related?.length)
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  if (finding.fix) diagnostic.data = { fix: finding.fix } satisfies DiagnosticData;
  return diagnostic;
}

/**
 * Everything to show for a document; none for a file that is not ours. Past `max` findings, the
 * rest are left out and one more diagnostic, where the first left out would be, says how many.
 */
export function diagnosticsOf(analysis: Analysis, uri: string, max = Infinity): Diagnostic[] {
  if (analysis.result.kind === null) return [];
  const all = analysis.result.findings;
  const shown = all.length > max ? all.slice(0, max) : all;
  const out = shown.map((f) => toDiagnostic(f, uri, analysis.locale, analysis.result.rules.get(f.rule)));
  if (shown.length < all.length)
    out.push({
      range: all[shown.length]!.range,
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: ts(analysis.locale, 'server.moreFindings', { more: all.length - shown.length, shown: shown.length, total: all.length }),
    });
  if (analysis.configError)
    out.unshift({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      source: SOURCE,
      message: ts(analysis.locale, 'server.configIgnored', { detail: analysis.configError }),
    });
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (analysis.pluginsOff)
    out.unshift({ range: top, severity: DiagnosticSeverity.Information, source: SOURCE, message: ts(analysis.locale, 'server.pluginsUntrusted', { plugins: analysis.pluginsOff }) });
  for (const problem of analysis.pluginProblems ?? [])
    out.unshift({ range: top, severity: DiagnosticSeverity.Warning, source: SOURCE, message: ts(analysis.locale, 'server.pluginProblem', { detail: problem }) });
  return out;
}
