// The calibration report against lint on the 2,000-file corpus, measured in the same run: each
// round runs `lint --jobs 1` then `report --jobs 1 -o …`, so a busy spell hits both alike; the
// medians are compared. Memory: the report's peak RSS over the whole corpus against over half of
// it (teams 00-19), which stays near 1× when nothing of a file is kept once it is folded in.
//   node bench/report.mjs [--rounds 5] [--corpus DIR]
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDir, figure, fmt, median, printFigures, root, runNode } from './lib.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};

export async function benchReport({ rounds = 5, corpus = join(benchDir, '.corpus/c2000') } = {}) {
  const cli = join(root, 'dist/cli.js');
  const work = mkdtempSync(join(tmpdir(), 'review-yaml-bench-report-'));
  const half = readdirSync(join(corpus, 'teams')).sort().slice(0, 20).map((d) => join(corpus, 'teams', d));
  const runs = { lint: [], report: [], half: [] };
  for (let r = 0; r < rounds; r++) {
    runs.lint.push(await runNode([cli, 'lint', corpus, '--jobs', '1']));
    runs.report.push(await runNode([cli, 'report', corpus, '--jobs', '1', '-o', join(work, 'report.html')]));
    runs.half.push(await runNode([cli, 'report', ...half, '--jobs', '1', '-o', join(work, 'half.html')]));
    const last = (k) => fmt(runs[k].at(-1).wall);
    process.stdout.write(`  round ${r + 1}/${rounds}: lint ${last('lint')} ms, report ${last('report')} ms, report of half ${last('half')} ms\n`);
  }
  rmSync(work, { recursive: true, force: true });
  for (const [k, list] of Object.entries(runs))
    for (const x of list) if (x.code !== 0 && !(k === 'lint' && x.code === 1)) throw new Error(`${k} exited ${x.code}: ${x.stderr.slice(-2000)}`);
  const m = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, { wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rss: median(xs.map((x) => x.rssMB)) }]));
  const ratio = m.report.wall / m.lint.wall;
  const rss = m.report.rss / m.half.rss;
  const cpu = m.report.cpu / m.lint.cpu;
  const figures = [
    // On a shared machine the CPU time is the steadier of the two: another process's burst lands in wall time only.
    figure('report / lint (--jobs 1), CPU', fmt(cpu, 2), '×', '≤ 1.50×', cpu <= 1.5, `report ${fmt(m.report.cpu)} ms, lint ${fmt(m.lint.cpu)} ms`),
    figure('report / lint (--jobs 1), wall', fmt(ratio, 2), '×', '≤ 1.50×', ratio <= 1.5, `report ${fmt(m.report.wall)} ms, lint ${fmt(m.lint.wall)} ms; CPU ${fmt(m.report.cpu / m.lint.cpu, 2)}×`),
    figure('report peak RSS: 2,000 files / 1,000 files', fmt(rss, 2), '×', '≤ 1.20×', rss <= 1.2, `${fmt(m.report.rss)} MB vs ${fmt(m.half.rss)} MB; lint ${fmt(m.lint.rss)} MB`),
  ];
  return { figures, medians: m, rounds, corpus };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await benchReport({ rounds: Number(arg('rounds', 5)), corpus: arg('corpus', undefined) });
  printFigures(`Calibration report on ${out.corpus} (medians of ${out.rounds} interleaved rounds)`, out.figures);
}
