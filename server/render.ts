// `review/render`: the preview's page, rendered by core from the document as the editor holds it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ts } from './messages';
import { labelsFor, renderHtml } from '../core/render';
import type { Documents } from './documents';
import type { Linter } from './linting';
import type { RenderParams, RenderResult } from './protocol';

export async function render(params: RenderParams, documents: Documents, linter: Linter): Promise<RenderResult> {
  const uri = params.textDocument.uri;
  const open = documents.get(uri);
  // A huge document is rendered on the worker thread, so that the server keeps answering meanwhile.
  if (open && linter.offloaded(open)) return { html: await linter.renderOffloaded(open, params) };
  const doc = documents.get(uri);
  const analysis = (await linter.current(uri))?.analysis;
  if (!doc || !analysis) throw new ResponseError(ErrorCodes.InvalidParams, ts(documents.locale(uri), 'server.notOpen', { uri }));
  const html = renderHtml({
    text: doc.getText(),
    result: analysis.result,
    mode: params.mode ?? 'preview',
    nonce: params.nonce,
    cspSource: params.cspSource,
    scriptUri: params.scriptUri,
    template: documents.template(doc)?.template,
    labels: labelsFor(analysis.locale),
  });
  return { html };
}
