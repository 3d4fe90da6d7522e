// The smoke run in a server-less host (test/e2e/web/serverless.mjs), the closer stand-in for
// vscode.dev: no remote, no Node anywhere, the extension served over http:, no folder open.
import * as vscode from 'vscode';
import type { WebApi } from '../../../../client/browser/extension';
import { hostHadProcess } from './figures';
import { EXTENSION_ID, check, codeOf, diagnosticsWhere } from './helpers';

const REVIEW = `kind: review
type: appraisal
status: held
period: { start: 2026-01-01, end: 2026-12-31 }
employee: { name: Wang Fang, role: Analyst }
reviewer: { name: Chen Jie, role: Team lead }
meeting: { at: 2026-12-15T14:30, minutes: 60, notified_on: 2026-12-08, location: Room 2, setting: private-room }
`;

describe('Review YAML in a server-less browser host', () => {
  it('runs in a worker with its server in a Worker started from the extension URI, and lints an untitled review', async () => {
    const ext = vscode.extensions.getExtension<WebApi>(EXTENSION_ID);
    check(ext, `${EXTENSION_ID} is installed`);
    const api = await ext.activate();
    await api.ready;
    check(!hostHadProcess, 'no `process` in this host');
    check(Object.prototype.toString.call(globalThis) === '[object DedicatedWorkerGlobalScope]', 'a worker global');
    check(vscode.workspace.workspaceFolders === undefined, 'no folder: nothing on a server');
    check(api.serverWorkerFrom === 'extension URI', `the server's Worker came from the extension URI, as on vscode.dev (${api.serverWorkerFrom})`);
    const doc = await vscode.workspace.openTextDocument({ language: 'review-yaml', content: REVIEW });
    await vscode.window.showTextDocument(doc);
    const ds = await diagnosticsWhere(doc.uri, (d) => d.some((x) => codeOf(x) === 'praise-missing'));
    check(ds.some((d) => codeOf(d) === 'next-goals-missing'), `next-goals-missing too (${ds.map(codeOf).join(', ')})`);
  });
});
