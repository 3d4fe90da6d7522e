// The language server in a browser worker (vscode.dev, github.dev): the same server as
// dist/server.js, spoken to over the worker's messages. Files come through the editor
// (server/browser/workspace.ts, which scripts/build.mjs puts in place of server/workspace.ts).
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { readThrough } from './browser/workspace';
import { startServer } from './server';

// The worker's global scope: typed loosely here, as the project's type library has no DOM.
type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as WorkerScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
readThrough(connection);
startServer(connection);
