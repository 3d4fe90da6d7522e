// `review/calibrationReport`: the calibration report of a folder for the editor's webview. Each
// review is linted as the workspace lint does (the editor's text when it is open, else the disk)
// and folded into the cycle's figures at once; a turn of the event loop between files lets edits
// and their diagnostics go first.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CalibrationAggregator, renderCalibrationHtml, reviewFacts } from '../core/calibration';
import { relativePath } from '../core/paths';
import type { Documents } from './documents';
import type { CalibrationParams, CalibrationResult } from './protocol';
import type { SettingsStore } from './settings';
import { nextTurn } from './turn';
import { pathToUri, uriToPath } from './workspace';

export async function calibrationReport(params: CalibrationParams, documents: Documents, settings: SettingsStore): Promise<CalibrationResult> {
  const folder = uriToPath(params.folder);
  if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, `Not a folder on disk: ${params.folder}`);
  const files = (await documents.workspace.reviewsUnder(folder).catch(() => [])).sort();
  const aggregator = new CalibrationAggregator();
  for (const path of files) {
    await nextTurn();
    const open = documents.byPath(path);
    const text = open ? undefined : documents.workspace.readFile(path);
    if (!open && text === undefined) continue;
    const uri = open?.uri ?? pathToUri(path);
    const doc = open ?? TextDocument.create(uri, 'review-yaml', 0, text!);
    try {
      const { result } = documents.lint(doc, await settings.get(uri));
      if (result.kind === 'review' && result.review) aggregator.add(reviewFacts(result.review, result.template, result.findings, result.parsed), relativePath(folder, path));
    } finally {
      if (!documents.get(uri)) {
        documents.forget(uri);
        settings.forget(uri);
      }
    }
  }
  const report = aggregator.report();
  const html = renderCalibrationHtml(report, {
    locale: documents.clientLocale ?? 'en',
    nonce: params.nonce,
    script: { src: params.scriptUri, cspSource: params.cspSource },
  });
  return { html, reviews: report.reviews, actions: report.actions.map(({ path, line, kind }) => ({ path, line, kind })) };
}
