// A server-less VS Code for the browser, the closer stand-in for vscode.dev: code-server's own
// workbench (lib/vscode) served as static files, with no remote and no Node extension host, the
// extension loaded over http: from its staged folder. Two changes to what code-server serves: the
// workbench does not take the page's host for a remote (`remoteAuthority` unset), and the page's
// configuration names what code-server's workbench reads. SERVERLESS_VERBOSE=1 logs what it serves
// from the extension and which files it lacks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { codeServerEntry } from '../install.mjs';

const vscodeDir = join(codeServerEntry, '../../../lib/vscode');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf', '.wasm': 'application/wasm', '.woff2': 'font/woff2' };

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Serves the workbench at / and `extensionDir` at /ext; resolves with its origin and a stop(). */
export function startServerless({ extensionDir, testsPath }) {
  let workbenchJs;
  const page = (origin) => {
    const config = {
      developmentOptions: {
        enableSmokeTestDriver: true,
        // As @vscode/test-web hands them over: the extension and its tests as URI components.
        extensions: [{ scheme: 'http', authority: new URL(origin).host, path: '/ext' }],
        extensionTestsPath: { scheme: 'http', authority: new URL(origin).host, path: `/ext/${testsPath}` },
      },
      webviewEndpoint: `${origin}/static/out/vs/workbench/contrib/webview/browser/pre`,
      userDataPath: '/user-data',
      isEnabledFileDownloads: false,
      isEnabledFileUploads: false,
      isEnabledCoderGettingStarted: false,
      productConfiguration: JSON.parse(readFileSync(join(vscodeDir, 'product.json'), 'utf8')),
    };
    return readFileSync(join(vscodeDir, 'out/vs/code/browser/workbench/workbench.html'), 'utf8')
      .replaceAll('{{WORKBENCH_WEB_CONFIGURATION}}', escape(JSON.stringify(config)))
      .replaceAll('{{WORKBENCH_WEB_BASE_URL}}', `${origin}/static`)
      .replaceAll('{{WORKBENCH_AUTH_SESSION}}', '')
      .replaceAll('{{WORKBENCH_NLS_FALLBACK_URL}}', `${origin}/static/out/nls.messages.js`)
      .replaceAll('{{WORKBENCH_NLS_URL}}', `${origin}/static/out/nls.messages.js`)
      .replaceAll('{{WORKBENCH_SCRIPT_NONCE}}', 'smoke')
      .replaceAll('{{BASE}}', origin)
      .replaceAll('{{VS_BASE}}', origin);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const origin = `http://${req.headers.host}`;
    const send = (status, body, type = 'text/plain') => {
      res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' });
      res.end(body);
    };
    if (url.pathname === '/') return send(200, page(origin), 'text/html');
    if (process.env.SERVERLESS_VERBOSE && url.pathname.startsWith('/ext')) console.log('GET', url.pathname);
    const [base, dir] = url.pathname.startsWith('/static/') ? ['/static/', vscodeDir] : url.pathname.startsWith('/ext/') ? ['/ext/', extensionDir] : [];
    if (!dir) return send(404, 'not found');
    const rel = normalize(decodeURIComponent(url.pathname.slice(base.length)));
    if (rel.startsWith('..')) return send(403, 'outside');
    const file = join(dir, rel);
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (process.env.SERVERLESS_VERBOSE) console.log('404', url.pathname);
      return send(404, 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (rel === 'out/vs/code/browser/workbench/workbench.js') {
      workbenchJs ??= readFileSync(file, 'utf8').replace('remoteAuthority:location.host', 'remoteAuthority:void 0');
      return send(200, workbenchJs, type);
    }
    res.writeHead(200, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, stop: () => new Promise((r) => server.close(r)) });
    });
  });
}
