// The language server process: `node dist/server.js --stdio` (any LSP editor) or `--node-ipc`
// (VS Code). The transport is chosen by vscode-languageserver from the command line; over stdio,
// a guard keeps a malformed header from costing the messages after it.
import '../node/heap';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { FramingGuard } from './framing';
import { startServer } from './server';

startServer(process.argv.includes('--stdio') ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FramingGuard()), process.stdout) : createConnection(ProposedFeatures.all));
