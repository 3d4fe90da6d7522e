// The lint thread (server/offload.ts): the same engine as the server's loop, over a Documents of
// its own that holds the job's document and the other open editors' texts. The last analysis is
// kept, so a render right after a lint of the same version does not lint again.
import { parentPort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { labelsFor, renderHtml } from '../core/render';
import { diagnosticsOf } from './diagnostics';
import { type Analysis, Documents } from './documents';
import type { OffloadJob, WorkerReply, WorkerRequest } from './offload';
import { pathToUri, uriToPath } from './workspace';

/** Documents whose open editors are the job's: no LSP connection in a worker. */
class JobDocuments extends Documents {
  private readonly byUri = new Map<string, TextDocument>();
  private readonly texts: Map<string, string>;

  constructor(readonly doc: TextDocument, open: [string, string][]) {
    super();
    this.byUri.set(doc.uri, doc);
    this.texts = new Map(open);
  }

  override get(uri: string): TextDocument | undefined {
    return this.byUri.get(uri);
  }

  override all(): TextDocument[] {
    return [...this.byUri.values()];
  }

  override byPath(path: string): TextDocument | undefined {
    if (uriToPath(this.doc.uri) === path) return this.doc;
    const text = this.texts.get(path);
    return text === undefined ? undefined : TextDocument.create(pathToUri(path), 'review-yaml', 0, text);
  }
}

let last: { uri: string; version: number; settings: string; documents: JobDocuments; analysis: Analysis } | undefined;

function analyse(job: OffloadJob): { documents: JobDocuments; analysis: Analysis } {
  const settings = JSON.stringify(job.settings);
  if (last && last.uri === job.uri && last.version === job.version && last.settings === settings) return last;
  last = undefined; // let the previous version's parse go before the next one is built
  const doc = TextDocument.create(job.uri, 'review-yaml', job.version, job.text);
  const documents = new JobDocuments(doc, job.open);
  documents.workspace.setFolders(job.folders, job.trusted);
  documents.clientLocale = job.clientLocale;
  const analysis = documents.lint(doc, job.settings);
  last = { uri: job.uri, version: job.version, settings, documents, analysis };
  return last;
}

function handle(request: WorkerRequest): WorkerReply {
  const { documents, analysis } = analyse(request.job);
  if (request.op === 'lint') {
    const { version, locale, templatePath } = analysis;
    return { id: request.id, lint: { version, locale, templatePath, diagnostics: diagnosticsOf(analysis, request.job.uri, request.job.settings.maxProblems) } };
  }
  const html = renderHtml({
    text: documents.doc.getText(),
    result: analysis.result,
    mode: request.render.mode ?? 'preview',
    nonce: request.render.nonce,
    cspSource: request.render.cspSource,
    scriptUri: request.render.scriptUri,
    template: documents.template(documents.doc)?.template,
    labels: labelsFor(analysis.locale),
  });
  return { id: request.id, html };
}

export function runWorker(): void {
  parentPort?.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = handle(request);
    } catch (e) {
      reply = { id: request.id, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
