// The language server process: `node dist/server.js --stdio` (any LSP editor) or `--node-ipc`
// (VS Code). The transport is chosen by vscode-languageserver from the command line; over stdio,
// a guard keeps a malformed header from costing the messages after it. The same file, started as
// a worker thread, is the thread huge documents are linted on (server/offload.ts).
import '../node/longRun';
import { isMainThread, workerData } from 'node:worker_threads';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { FramingGuard } from './framing';
import { WorkerOffload } from './offload';
import { startServer } from './server';
import { runWorker } from './worker';

if (!isMainThread && (workerData as { role?: string } | undefined)?.role === 'review-yaml-lint') runWorker();
else
  startServer(
    process.argv.includes('--stdio') ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FramingGuard()), process.stdout) : createConnection(ProposedFeatures.all),
    { offload: new WorkerOffload(__filename) },
  );
