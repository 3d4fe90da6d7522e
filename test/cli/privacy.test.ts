// Privacy: the CLI and the language server work with no network at all and with HOME (and
// TMPDIR) read-only, never try to reach the network or send telemetry, and write nothing but the
// paths the user named. As root, each run is in its own namespaces (`unshare -m -n`): an empty
// network namespace, and a mount namespace where the whole file system is read-only except the
// project folder, so any write elsewhere fails loudly; a snapshot of the project folder before and
// after shows that only the named outputs appeared. Without root or unshare, the read-only HOME
// and the snapshots still run and the namespace part is skipped with its reason.
import { strict as assert } from 'node:assert';
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { CLI, ROOT } from '../support/cli';
import { project } from './support';

const SERVER = join(ROOT, 'dist/server.js');
const ISOLATE = process.getuid?.() === 0 && spawnSync('unshare', ['-m', '-n', 'true']).status === 0;
const WHY_NOT = ISOLATE ? '' : `not root or unshare -m -n unavailable (uid ${process.getuid?.()})`;

/** Every file under `dir`: relative path → hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const abs = join(dir, rel);
    const st = statSync(abs);
    out.set(rel, st.isFile() ? createHash('sha1').update(readFileSync(abs)).digest('hex') : 'dir');
  }
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): { added: string[]; changed: string[]; removed: string[] } {
  return {
    added: [...after.keys()].filter((k) => !before.has(k)).sort(),
    changed: [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort(),
    removed: [...before.keys()].filter((k) => !after.has(k)).sort(),
  };
}

describe('privacy: no network, no telemetry, nothing written but the named outputs', function () {
  this.timeout(180_000);
  let home: string;
  let tmp: string;
  let guard: string;
  let work: string;

  before(() => {
    home = realpathSync(mkdtempSync(join(tmpdir(), 'review-yaml-home-')));
    tmp = realpathSync(mkdtempSync(join(tmpdir(), 'review-yaml-tmpdir-')));
    guard = realpathSync(mkdtempSync(join(tmpdir(), 'review-yaml-guard-')));
    // Loaded before the CLI or server: any attempt to resolve a name or open a socket is printed.
    writeFileSync(join(guard, 'no-network.cjs'), `
      const say = (what) => process.stderr.write('NETWORK-ATTEMPT ' + what + '\\n');
      for (const mod of ['net', 'tls']) { const m = require(mod); const c = m.connect; m.connect = m.createConnection = function (...a) { say(mod + ' ' + JSON.stringify(a[0])); return c.apply(this, a); }; }
      const net = require('net'); const sc = net.Socket.prototype.connect; net.Socket.prototype.connect = function (...a) { if (!(a[0] && a[0].path) && typeof a[0] !== 'string') say('socket ' + JSON.stringify(a[0])); return sc.apply(this, a); };
      const dns = require('dns'); for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6']) { const f = dns[k]; dns[k] = function (...a) { say('dns ' + a[0]); return f.apply(this, a); }; }
      for (const mod of ['http', 'https']) { const m = require(mod); for (const k of ['request', 'get']) { const f = m[k]; m[k] = function (...a) { say(mod + ' ' + String(a[0] && (a[0].href || a[0].host || a[0]))); return f.apply(this, a); }; } }
      if (globalThis.fetch) { const f = globalThis.fetch; globalThis.fetch = function (...a) { say('fetch ' + String(a[0])); return f.apply(this, a); }; }
      const dgram = require('dgram'); const cs = dgram.createSocket; dgram.createSocket = function (...a) { say('udp'); return cs.apply(this, a); };
    `);
    chmodSync(home, 0o555);
    chmodSync(tmp, 0o555);
    if (!ISOLATE) console.log(`    (network and mount namespaces skipped: ${WHY_NOT}; HOME and TMPDIR are read-only by mode only)`);
  });

  after(() => {
    for (const d of [home, tmp]) chmodSync(d, 0o755);
    for (const d of [home, tmp, guard]) rmSync(d, { recursive: true, force: true });
  });

  beforeEach(() => {
    work = realpathSync(project());
  });

  const env = () => ({ ...process.env, HOME: home, TMPDIR: tmp, XDG_CACHE_HOME: '', XDG_CONFIG_HOME: '', NO_COLOR: '1', FORCE_COLOR: '', NODE_OPTIONS: `--require ${join(guard, 'no-network.cjs')}` });

  /** The shell lines that, in a fresh mount namespace, make everything read-only but the project folder. */
  const LOCKDOWN = 'set -e; mount --make-rprivate /; mount -o remount,bind,ro /; mount --bind /tmp /tmp; mount -o remount,bind,ro /tmp; mount --bind "$W" "$W"; mount -o remount,bind,rw "$W"; set +e; cd "$W"; ';

  function raw(argv: string[]): SpawnSyncReturns<string> {
    const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    return ISOLATE
      ? spawnSync('unshare', ['-m', '-n', 'sh', '-c', `${LOCKDOWN}exec ${quoted}`], { env: { ...env(), W: work }, encoding: 'utf8', timeout: 60_000 })
      : spawnSync(argv[0]!, argv.slice(1), { cwd: work, env: env(), encoding: 'utf8', timeout: 60_000 });
  }

  /** Runs a command (argv) isolated when possible, in the project folder; fails on any network attempt or denied write. */
  function isolated(argv: string[]): SpawnSyncReturns<string> {
    const r = raw(argv);
    assert.doesNotMatch(r.stderr ?? '', /NETWORK-ATTEMPT/, `${argv.join(' ')}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr ?? '', /read-only file system|EROFS|EACCES/i, `${argv.join(' ')} tried to write outside the project: ${r.stderr}`);
    return r;
  }

  const reviewYaml = (...args: string[]) => isolated([process.execPath, CLI, ...args]);

  it('the guards see what they guard against: a name lookup, and a write to HOME or outside the project', () => {
    const r = raw([process.execPath, '-e', `require('dns').lookup('example.com', () => {});
      for (const f of [process.env.HOME + '/x', ${JSON.stringify(join(ROOT, 'zz-privacy-probe'))}]) try { require('fs').writeFileSync(f, 'x'); console.log('wrote ' + f); } catch (e) { console.log(e.code); }`]);
    assert.match(r.stderr, /NETWORK-ATTEMPT dns example\.com/);
    if (ISOLATE) assert.equal(r.stdout.trim(), 'EROFS\nEROFS');
    rmSync(join(ROOT, 'zz-privacy-probe'), { force: true });
  });

  it('the CLI: every command works, and only the outputs named on its command line appear', () => {
    const before = snapshot(work);
    const runs: [string[], number[]][] = [
      [['lint'], [1]],
      [['lint', '--format', 'sarif', '-o', 'out/report.sarif', '--format', 'json', '-o', 'out/report.json', '--format', 'junit', '-o', 'out/junit.xml'], [1]],
      [['lint', '--fix', 'reviews/typos.review.yaml'], [0]],
      [['lint', '--jobs', '2'], [1]],
      [['lint', '--baseline', 'out/baseline.json', '--update-baseline'], [0]],
      [['render', 'reviews/held.review.yaml', '-o', 'out/held.html'], [0]],
      [['render', 'reviews/held.review.yaml'], [0]],
      [['new', '-o', 'reviews/new.review.yaml'], [0]],
      [['rules'], [0]],
      [['schema', 'review'], [0]],
      [['--version'], [0]],
    ];
    for (const [args, codes] of runs) {
      const r = reviewYaml(...args);
      assert.ok(codes.includes(r.status!), `review-yaml ${args.join(' ')}: exit ${r.status}\n${r.stdout}${r.stderr}`);
    }
    const d = changes(before, snapshot(work));
    assert.deepEqual(d.added, ['out', 'out/baseline.json', 'out/held.html', 'out/junit.xml', 'out/report.json', 'out/report.sarif', 'reviews/new.review.yaml']);
    assert.deepEqual(d.changed, ['reviews/typos.review.yaml']);
    assert.deepEqual(d.removed, []);
    assert.deepEqual(readdirSync(home), [], 'nothing in HOME');
    assert.deepEqual(readdirSync(tmp), [], 'nothing in TMPDIR');
  });

  it('the CLI cache is written only with --cache, and only where it is told', () => {
    const before = snapshot(work);
    assert.equal(reviewYaml('lint').status, 1);
    assert.deepEqual(changes(before, snapshot(work)).added, [], 'no cache without --cache');
    assert.equal(reviewYaml('lint', '--cache').status, 1);
    const added = changes(before, snapshot(work)).added;
    assert.ok(added.length > 0 && added.every((p) => p === 'node_modules' || p === 'node_modules/.cache' || p.startsWith('node_modules/.cache/review-yaml')), added.join(', '));
    const other = snapshot(work);
    assert.equal(reviewYaml('lint', '--cache-location', 'out/cache').status, 1);
    assert.ok(changes(other, snapshot(work)).added.every((p) => p === 'out' || p.startsWith('out/cache')));
  });

  it('the language server: diagnostics, actions and the preview with no network, no telemetry, no write', async () => {
    const before = snapshot(work);
    const argv = [process.execPath, SERVER, '--stdio'];
    const child = ISOLATE
      ? spawn('unshare', ['-m', '-n', 'sh', '-c', `${LOCKDOWN}exec ${argv.map((a) => `'${a}'`).join(' ')}`], { env: { ...env(), W: work }, stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(argv[0]!, argv.slice(1), { cwd: work, env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const client = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const telemetry: unknown[] = [];
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification('telemetry/event', (e: unknown) => void telemetry.push(e));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void published.push(p));
    client.onNotification('window/logMessage', () => undefined);
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('workspace/configuration', () => [null]);
    client.listen();
    const root = `file://${work}`;
    await client.sendRequest('initialize', { processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities: { workspace: { configuration: true } } });
    await client.sendNotification('initialized', {});
    const uri = `${root}/reviews/held.review.yaml`;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'review-yaml', version: 1, text: readFileSync(join(work, 'reviews/held.review.yaml'), 'utf8') } });
    const { html } = await client.sendRequest<{ html: string }>('review/render', { textDocument: { uri }, mode: 'preview' });
    assert.match(html, /Content-Security-Policy/);
    await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.review-yaml'] } });
    for (let i = 0; i < 200 && !published.some((p) => p.uri === uri); i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(published.some((p) => p.uri === uri && p.diagnostics.length > 0), 'diagnostics published');
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `${root}/.reviewrc.yaml`, type: 1 }] });
    await client.sendRequest('shutdown');
    await client.sendNotification('exit');
    assert.equal(await exited, 0, stderr);
    client.dispose();
    assert.deepEqual(telemetry, [], 'no telemetry events');
    assert.doesNotMatch(stderr, /NETWORK-ATTEMPT|read-only file system|EROFS/i, stderr);
    assert.deepEqual(changes(before, snapshot(work)), { added: [], changed: [], removed: [] }, 'the server wrote nothing');
    assert.deepEqual(readdirSync(home), []);
    assert.deepEqual(readdirSync(tmp), []);
  });
});
