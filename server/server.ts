// Wires the features to a connection. Transport-free: main.ts gives it stdio or IPC, the tests an
// in-memory stream pair.
import {
  type Connection, type InitializeParams, type InitializeResult, DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification, TextDocumentSyncKind,
} from 'vscode-languageserver';
import { CODE_ACTION_KINDS, codeActions } from './codeActions';
import { complete } from './completion';
import { Documents } from './documents';
import { hover } from './hover';
import { Linter } from './linting';
import { definition, prepareRename, references, rename } from './navigation';
import {
  type CalibrationParams, CalibrationRequest, type InitializationOptions, KindsRequest, type KindsParams, type NewReviewParams, NewReviewRequest, type RenderParams, RenderRequest,
} from './protocol';
import { kinds } from './kinds';
import { newReview } from './newReview';
import type { Offload } from './offload';
import { render } from './render';
import { SettingsStore, initialSettings } from './settings';
import { calibrationReport } from './calibration';
import { documentSymbols, foldingRanges } from './symbols';
import { uriToPath } from './workspace';
import { workspaceDiagnostics } from './workspaceDiagnostics';
import { toLocale } from '../core/i18n';

export interface ServerOptions {
  /** Where huge documents are linted and rendered (a worker thread on Node); without it, on this thread. */
  offload?: Offload;
}

export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const documents = new Documents();
  let settings!: SettingsStore;
  let linter!: Linter;
  let dynamicWatch = false;
  let dynamicConfig = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    const caps = params.capabilities;
    const pull = options.diagnosticMode === 'pull' && !!caps.textDocument?.diagnostic;
    settings = new SettingsStore(connection, initialSettings(options), !!caps.workspace?.configuration);
    linter = new Linter(connection, documents, settings, !pull, serverOptions.offload);
    dynamicWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    dynamicConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    documents.workspace.setFolders(folders, options.trusted !== false);
    // The editor's display language (VS Code: zh-cn, zh-tw…; any zh is Chinese, anything else English).
    documents.clientLocale = toLocale(params.locale);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: [' ', ':', '-'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        // Pull clients get document and workspace diagnostics. A push client (VS Code) is not told,
        // or it would pull every file as well; it may still ask workspace/diagnostic (Lint Workspace).
        ...(pull ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'review-yaml' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicWatch)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.review.{yaml,yml}' }, { globPattern: '**/.reviewrc.yaml' }],
      });
    if (dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'reviewYaml' });
  });

  // A change to a document re-lints it, and every open review that uses it as its template.
  const changed = (uri: string, trigger: 'open' | 'change' | 'save') => {
    linter.schedule(uri, trigger);
    const path = uriToPath(uri);
    if (path && trigger !== 'save') for (const d of documents.dependents(path)) if (d.uri !== uri) linter.schedule(d.uri, 'dependency');
  };
  // TextDocuments reports an open as a content change too: lint an open once, at once.
  const opening = new Set<string>();
  documents.docs.onDidOpen((e) => {
    opening.add(e.document.uri);
    changed(e.document.uri, 'open');
  });
  documents.docs.onDidChangeContent((e) => {
    if (!opening.delete(e.document.uri)) changed(e.document.uri, 'change');
  });
  documents.docs.onDidSave((e) => changed(e.document.uri, 'save'));
  documents.docs.onDidClose((e) => {
    linter.close(e.document.uri);
    settings.forget(e.document.uri);
    documents.forget(e.document.uri);
    // Reviews that read the template from the editor now read it from the disk.
    const path = uriToPath(e.document.uri);
    if (path) for (const d of documents.dependents(path)) linter.schedule(d.uri, 'dependency');
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let all = false;
    const touched = new Set<string>();
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (!path) continue;
      documents.workspace.changed(path);
      if (/(^|\/)\.reviewrc\.ya?ml$/.test(path)) all = true;
      else for (const d of documents.dependents(path)) touched.add(d.uri);
    }
    if (all) {
      documents.workspace.forgetConfigs();
      linter.relintAll();
    } else for (const uri of touched) linter.schedule(uri, 'dependency');
  });

  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    settings.changed(pushed);
    linter.relintAll();
  });

  connection.languages.diagnostics.on(async ({ textDocument }, token) => {
    const linted = await linter.pull(textDocument.uri, token);
    return { kind: 'full', items: linted?.diagnostics ?? [] };
  });

  connection.languages.diagnostics.onWorkspace((params, token, progress, partial) =>
    workspaceDiagnostics(params, token, progress, partial, { documents, linter, settings }),
  );

  const doc = (uri: string) => documents.get(uri);
  connection.onCompletion(({ textDocument, position }) => {
    const d = doc(textDocument.uri);
    return d ? complete(d, position, documents) : null;
  });
  connection.onHover(({ textDocument, position }) => {
    const d = doc(textDocument.uri);
    return d ? hover(d, position, documents) : null;
  });
  connection.onCodeAction(async (params) => {
    const d = doc(params.textDocument.uri);
    if (!d) return null;
    const linted = await linter.current(d.uri);
    return codeActions(params, { doc: d, analysis: linted?.analysis, locale: linted?.locale });
  });
  connection.onDocumentSymbol(({ textDocument }) => {
    const d = doc(textDocument.uri);
    return d ? documentSymbols(d, documents) : null;
  });
  connection.onFoldingRanges(({ textDocument }) => {
    const d = doc(textDocument.uri);
    return d ? foldingRanges(d, documents) : null;
  });
  connection.onDefinition(({ textDocument, position }) => {
    const d = doc(textDocument.uri);
    return d ? definition(d, position, documents) : null;
  });
  connection.onReferences(({ textDocument, position, context }) => {
    const d = doc(textDocument.uri);
    return d ? references(d, position, documents, context.includeDeclaration) : null;
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const d = doc(textDocument.uri);
    return d ? prepareRename(d, position, documents) : null;
  });
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const d = doc(textDocument.uri);
    return d ? rename(d, position, newName, documents) : null;
  });
  // By method name: the protocol file's RequestType comes from the client's copy of vscode-jsonrpc.
  connection.onRequest(RenderRequest.method, (params: RenderParams) => render(params, documents, linter));
  connection.onRequest(KindsRequest.method, (params: KindsParams) => kinds(params, documents));
  connection.onRequest(NewReviewRequest.method, (params: NewReviewParams) => newReview(params, documents));
  connection.onRequest(CalibrationRequest.method, (params: CalibrationParams) => calibrationReport(params, documents, settings));

  documents.docs.listen(connection);
  connection.listen();
}
