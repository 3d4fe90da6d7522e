// A third-party LSP client nobody here wrote: headless Neovim (Debian's 0.7) starts the built
// server over stdio, attaches it to a review and must receive the expected diagnostics.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SERVER, ensureBuilt } from './support/build';
import { copyWorkspace } from './support/workspace';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const version = nvim.status === 0 ? nvim.stdout.split('\n')[0] : undefined;

interface NvimDiagnostic { lnum: number; col: number; severity: number; source: string; message: string; code: string }

describe('server: in headless Neovim', function () {
  this.timeout(60000);

  if (!version) {
    it.skip('SKIPPED because nvim is not on PATH: install Debian\'s neovim (apt-get install -y --no-install-recommends neovim) to run the Neovim client test', () => undefined);
    return;
  }

  let ws: ReturnType<typeof copyWorkspace>;
  let home: string;
  before(() => {
    ensureBuilt();
    ws = copyWorkspace();
    home = mkdtempSync(join(tmpdir(), 'review-yaml-nvim-'));
  });
  after(() => {
    ws.remove();
    rmSync(home, { recursive: true, force: true });
  });

  function run(file: string, settings: unknown): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done, fail) => {
      const child = spawn('nvim', ['--headless', '--clean', '-i', 'NONE', '-c', `luafile ${resolve(__dirname, 'nvim/attach.lua')}`, file], {
        cwd: ws.root,
        env: {
          ...process.env,
          HOME: home,
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_CACHE_HOME: join(home, 'cache'),
          XDG_DATA_HOME: join(home, 'data'),
          XDG_STATE_HOME: join(home, 'state'),
          REVIEW_YAML_NODE: process.execPath,
          REVIEW_YAML_SERVER: SERVER,
          REVIEW_YAML_ROOT: ws.root,
          REVIEW_YAML_SETTINGS: JSON.stringify(settings),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b));
      child.stderr.on('data', (b: Buffer) => (stderr += b));
      child.on('error', fail);
      child.on('exit', (code) => done({ code, stdout, stderr }));
    });
  }

  it(`receives the expected diagnostics, with settings sent by workspace/didChangeConfiguration (${version})`, async () => {
    const { code, stdout, stderr } = await run(ws.file('held.review.yaml'), { reviewYaml: { rules: { 'score-without-response': 'warning' } } });
    const line = stdout.split('\n').find((l) => l.includes('"diagnostics"') || l.includes('"error"'));
    assert.ok(line, `no JSON from nvim (exit ${code}):\n${stdout}\n${stderr}`);
    const result = JSON.parse(line) as { diagnostics?: NvimDiagnostic[]; error?: string };
    assert.equal(result.error, undefined);
    assert.equal(code, 0);
    const byCode = new Map(result.diagnostics!.map((d) => [d.code, d]));
    for (const id of ['improvement-plan-missing', 'score-without-response']) assert.ok(byCode.has(id), `${id} in ${[...byCode.keys()]}`);
    const plan = byCode.get('improvement-plan-missing')!;
    assert.deepEqual([plan.lnum, plan.col, plan.severity, plan.source], [ws.read('held.review.yaml').split('\n').indexOf('  - id: handover'), 8, 1, 'review-yaml']);
    assert.equal(byCode.get('score-without-response')!.severity, 2, 'the reviewYaml.rules setting made it a warning');
  });
});
