// The server's file access in a browser worker (server/browser/workspace.ts): files come from the
// editor through `review/readFile`, here answered from a table the way client/files.ts answers
// from vscode.workspace.fs; what is asked for, and what is never asked for, is the point.
import { strict as assert } from 'node:assert';
import type { Connection } from 'vscode-languageserver';
import { Workspace, pathToUri, readThrough, uriToPath } from '../../server/browser/workspace';

const ORIGIN = 'vscode-vfs://github';
const ROOT = '/acme/people';

function editor(files: Record<string, string>) {
  const asked: string[] = [];
  const warned: string[] = [];
  const connection = {
    sendRequest: async (method: string, params: { uri: string }) => {
      assert.equal(method, 'review/readFile');
      asked.push(params.uri);
      const path = uriToPath(params.uri);
      return { text: path !== undefined && path in files ? files[path] : null };
    },
    console: { warn: (m: string) => warned.push(m) },
  } as unknown as Connection;
  readThrough(connection);
  const ws = new Workspace(() => undefined);
  ws.setFolders([`${ORIGIN}${ROOT}`]);
  return { ws, asked, warned };
}

describe('server in a browser: files through the editor', () => {
  it('maps the workspace scheme to paths and back; other places are not files', () => {
    editor({});
    assert.equal(uriToPath(`${ORIGIN}${ROOT}/reviews/wang%20fang.review.yaml`), `${ROOT}/reviews/wang fang.review.yaml`);
    assert.equal(pathToUri(`${ROOT}/reviews/王芳.review.yaml`), `${ORIGIN}${ROOT}/reviews/${encodeURIComponent('王芳')}.review.yaml`);
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.equal(uriToPath('vscode-vfs://elsewhere/acme/people/x.review.yaml'), undefined);
  });

  it("reads ahead each .reviewrc.yaml up to the workspace folder, and the template inside it, never outside", async () => {
    const { ws, asked } = editor({
      [`${ROOT}/.reviewrc.yaml`]: 'rules: { agenda-missing: off }\n',
      [`${ROOT}/templates/annual.review.yaml`]: 'kind: template\nname: Annual\n',
      '/acme/secrets/template.review.yaml': 'kind: template\n',
    });
    const review = `${ROOT}/reviews/2026/wang.review.yaml`;
    await ws.prepare(review, `${ROOT}/templates/annual.review.yaml`);
    assert.deepEqual(asked.map((u) => uriToPath(u)).sort(), [
      `${ROOT}/.reviewrc.yaml`, `${ROOT}/reviews/.reviewrc.yaml`, `${ROOT}/reviews/2026/.reviewrc.yaml`, `${ROOT}/templates/annual.review.yaml`,
    ].sort());
    assert.deepEqual(ws.config(review).config, { rules: { 'agenda-missing': 'off' } });
    assert.equal(ws.config(review).path, `${ROOT}/.reviewrc.yaml`);
    assert.equal(ws.host(review).readFile(`${ROOT}/templates/annual.review.yaml`), 'kind: template\nname: Annual\n');
    asked.length = 0;
    await ws.prepare(review, '/acme/secrets/template.review.yaml');
    assert.deepEqual(asked, [], 'nothing asked again, and nothing outside the folder');
    assert.equal(ws.host(review).root, ROOT);
  });

  it('reads a file again once the editor says it changed; a broken .reviewrc.yaml is a clear error', async () => {
    const files: Record<string, string> = { [`${ROOT}/.reviewrc.yaml`]: 'rules: { agenda-missing: off }\n' };
    const { ws } = editor(files);
    const review = `${ROOT}/a.review.yaml`;
    await ws.prepare(review, undefined);
    assert.ok(ws.config(review).config);
    files[`${ROOT}/.reviewrc.yaml`] = 'rules: [\n';
    ws.changed(`${ROOT}/.reviewrc.yaml`);
    await ws.prepare(review, undefined);
    const lookup = ws.config(review);
    assert.equal(lookup.config, undefined);
    assert.match(lookup.error ?? '', /^\/acme\/people\/\.reviewrc\.yaml:/);
  });

  it('names code plugins as left out, and says so once in the output channel', async () => {
    const { ws, warned } = editor({ [`${ROOT}/.reviewrc.yaml`]: 'plugins: [review-yaml-plugin-acme]\n' });
    const review = `${ROOT}/a.review.yaml`;
    await ws.prepare(review, undefined);
    const lookup = ws.config(review);
    assert.deepEqual(ws.plugins(lookup).problems, ['review-yaml-plugin-acme: code plugins do not load in the browser']);
    ws.plugins(lookup);
    assert.equal(warned.length, 1);
    assert.match(warned[0]!, /do not load in the browser/);
  });
});
