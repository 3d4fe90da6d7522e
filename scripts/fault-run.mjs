// Kills `review-yaml lint --fix --cache --update-baseline` with SIGKILL at seeded random moments
// and checks, after every kill, that each review is byte for byte its old or its new text with
// its mode, that the baseline and the cache are whole (old, new or absent), and that the next
// run sweeps every temporary file the killed one left and finishes the job.
//
//   node scripts/fault-run.mjs [--kills 200] [--seed 16] [--files 24]
//
// Prints one JSON line of figures. Exit 1 if any byte was lost.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, seed: { type: 'string', default: '16' }, files: { type: 'string', default: '24' } } });
const KILLS = Number(values.kills);
const FILES = Number(values.files);
const CLI = process.env.REVIEW_YAML_CLI ?? resolve(import.meta.dirname, '../dist/cli.js');

// mulberry32: the same moments for the same seed.
let state = Number(values.seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const review = (i) =>
  `kind: review\ntype: apraisal\nstatus: draft\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Employee ${i} }\nreviewer: { name: Liu Yang }\nstrenghts:\n` +
  Array.from({ length: 20 + i * 7 }, (_, k) => `  - text: Led the quarterly support rota review ${k}\n    evidence: Rota sheet, week ${k}\n`).join('') +
  `areas_to_improve:\n  - text: Good job ${i}\n`;
const MODES = [0o644, 0o600, 0o664, 0o640];

const args = ['lint', '--fix', '--cache', '--baseline', 'baseline.json', '--update-baseline', '--format', 'json', '-o', 'report.json'];
const root = mkdtempSync(join(tmpdir(), 'review-yaml-faults-'));

function fresh(name) {
  const dir = join(root, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (let i = 0; i < FILES; i++) {
    writeFileSync(join(dir, `r${i}.review.yaml`), review(i));
    chmodSync(join(dir, `r${i}.review.yaml`), MODES[i % MODES.length]);
  }
  return dir;
}

// What a complete run writes, to compare against.
const done = fresh('done');
const full = spawnSync(process.execPath, [CLI, ...args], { cwd: done, encoding: 'utf8' });
if (full.status === 2) throw new Error(full.stderr);
const after = (i) => readFileSync(join(done, `r${i}.review.yaml`), 'utf8');
const t0 = Date.now();
spawnSync(process.execPath, [CLI, ...args], { cwd: fresh('timing'), encoding: 'utf8' });
const runMs = Date.now() - t0;

const figures = { kills: 0, killedBeforeExit: 0, filesChecked: 0, old: 0, new: 0, bytesLost: 0, wrongMode: 0, brokenBaseline: 0, brokenCache: 0, tempFilesLeft: 0, tempFilesSwept: 0, seed: Number(values.seed), runMs };
const lost = [];
for (let k = 0; k < KILLS; k++) {
  const dir = fresh(`k${k}`);
  const delay = Math.floor(random() * runMs * 1.1);
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, delay));
  if (child.exitCode === null && child.kill('SIGKILL')) figures.killedBeforeExit++;
  await exited;
  figures.kills++;
  for (let i = 0; i < FILES; i++) {
    const p = join(dir, `r${i}.review.yaml`);
    const text = readFileSync(p, 'utf8');
    figures.filesChecked++;
    if (text === review(i)) figures.old++;
    else if (text === after(i)) figures.new++;
    else {
      figures.bytesLost += Math.abs(review(i).length - text.length) || 1;
      lost.push(`kill ${k}: r${i}.review.yaml is neither old nor new (${text.length} bytes)`);
    }
    if ((statSync(p).mode & 0o777) !== MODES[i % MODES.length]) figures.wrongMode++;
  }
  try {
    if (existsSync(join(dir, 'baseline.json'))) JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
  } catch {
    figures.brokenBaseline++;
  }
  const cacheDir = join(dir, 'node_modules/.cache/review-yaml');
  const cacheFile = join(cacheDir, 'lint-cache.json');
  try {
    // JSON lines: a header, then a line per file; whole when every line is JSON and it ends with a line break.
    if (existsSync(cacheFile)) {
      const lines = readFileSync(cacheFile, 'utf8').split('\n');
      if (lines.pop() !== '') throw new Error('cut short');
      for (const line of lines) JSON.parse(line);
    }
  } catch {
    figures.brokenCache++;
  }
  const temps = (d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.tmp')).length : 0);
  const left = temps(dir) + temps(cacheDir);
  figures.tempFilesLeft += left;
  // The next run finishes the job and sweeps what the killed one left.
  const next = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  if (next.status === 2) lost.push(`kill ${k}: the next run failed: ${next.stderr.trim()}`);
  for (let i = 0; i < FILES; i++) if (readFileSync(join(dir, `r${i}.review.yaml`), 'utf8') !== after(i)) lost.push(`kill ${k}: the next run did not finish r${i}`);
  const remaining = temps(dir) + temps(cacheDir);
  figures.tempFilesSwept += left - remaining;
  if (remaining) lost.push(`kill ${k}: ${remaining} temporary files left after the next run`);
  rmSync(dir, { recursive: true, force: true });
}
rmSync(root, { recursive: true, force: true });
console.log(JSON.stringify(figures));
for (const l of lost) console.error(l);
process.exit(figures.bytesLost || figures.wrongMode || figures.brokenBaseline || figures.brokenCache || lost.length ? 1 : 0);
