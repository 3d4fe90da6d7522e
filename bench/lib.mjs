// Shared by the benchmarks: running a child process and reading what it used, medians, peers
// installed on demand, and a description of the machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

export const root = join(dirname(new URL(import.meta.url).pathname), '..');
export const benchDir = join(root, 'bench');
const hook = join(benchDir, 'usage-hook.cjs');

/**
 * Runs `node <args…>` and measures it: wall time from spawn to exit (this process's clock), and
 * from inside the child (a --require hook, bench/usage-hook.cjs, written at exit) its peak RSS
 * and CPU time — the whole process, worker threads included. stdout and stderr go to /dev/null
 * (a report is written, as in CI, but not shown).
 */
export function runNode(args, { cwd = root, env = {} } = {}) {
  const usageFile = join(tmpdir(), `review-yaml-bench-usage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', hook, ...args], {
      cwd,
      env: { ...process.env, ...env, REVIEW_YAML_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      let usage = {};
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8'));
        rmSync(usageFile);
      } catch {
        // no usage: reported as missing
      }
      resolve({ wall, cpu: usage.cpuMs, rssMB: usage.maxRSS ? usage.maxRSS / 1024 : undefined, code, stderr });
    });
  });
}

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

export const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** A figure with its budget: `{ name, value, unit, budget, pass }`, printed as one line. */
export function figure(name, value, unit, budget, pass, note = '') {
  const status = pass === undefined ? 'report' : pass ? 'PASS' : 'MISS';
  return { name, value, unit, budget, status, note };
}

export function printFigures(title, figures) {
  console.log(`\n${title}`);
  const w = Math.max(...figures.map((f) => f.name.length));
  for (const f of figures)
    console.log(`  ${f.name.padEnd(w)}  ${`${f.value}${f.unit}`.padStart(12)}  ${(f.budget ?? '').padEnd(22)} ${f.status}${f.note ? `  (${f.note})` : ''}`);
}

/** Where the peers (Spectral, yaml-language-server) are installed: never in package.json. */
export const peersDir = join(benchDir, '.peers');
export const PEERS = { '@stoplight/spectral-cli': '6.16.3', 'yaml-language-server': '1.25.0' };

const installedVersion = (name) => {
  try {
    return JSON.parse(readFileSync(join(peersDir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

/**
 * Installs the peers, all at once and at their exact versions, into bench/.peers (gitignored),
 * once: a later run finds them there and installs nothing. (Installed one at a time with
 * `--no-save`, the second install removed the first, so every run installed both again.)
 * Returns the reason when it cannot, so the comparison is skipped with that reason printed.
 */
export function ensurePeer(name) {
  if (installedVersion(name) === PEERS[name]) return undefined;
  mkdirSync(peersDir, { recursive: true });
  writeFileSync(join(peersDir, 'package.json'), `${JSON.stringify({ private: true, dependencies: PEERS }, null, 2)}\n`);
  console.log(`installing ${Object.entries(PEERS).map(([n, v]) => `${n}@${v}`).join(', ')} into bench/.peers (once) …`);
  const r = spawnSync('npm', ['install', '--prefix', peersDir, '--no-audit', '--no-fund'], { encoding: 'utf8' });
  if (r.status !== 0) return `npm install in bench/.peers failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' ')}`;
  return installedVersion(name) === PEERS[name] ? undefined : `${name}@${PEERS[name]} not found after npm install`;
}

/** Date, machine and versions, for the report. */
export function machine() {
  const cpu = cpus();
  let git = '';
  try {
    git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    git = 'unknown';
  }
  const dep = (name) => {
    try {
      return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGB: (totalmem() / 2 ** 30).toFixed(1),
    freeGB: (freemem() / 2 ** 30).toFixed(1),
    load: loadavg().map((x) => x.toFixed(2)).join(' '),
    node: process.version,
    reviewYaml: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    commit: git,
    yaml: dep('yaml'),
    zod: dep('zod'),
    peers: PEERS,
  };
}

export function loadNow() {
  return loadavg()[0];
}
