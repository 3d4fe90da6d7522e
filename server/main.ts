// The language server process: `node dist/server.js --stdio` (any LSP editor) or `--node-ipc`
// (VS Code). The transport is chosen by vscode-languageserver from the command line.
import '../node/heap';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
