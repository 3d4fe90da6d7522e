// Budgets of scale: µs per line at 150 and 40,000 lines, the default --jobs against --jobs 1 at
// 500, 2,000 and 8,000 files, and peak RSS at 8,000 files against 500 for every report format
// (the one-file run against bare node is in bench/cli.mjs). Corpora c500 and c8000 are generated
// like c2000 (seed 7).
//   node bench/scale.mjs [--rounds 3] [--quick]
import { existsSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { generate } from './gen.mjs';
import { benchDir, figure, fmt, median, printFigures, root, runNode } from './lib.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'];

export function corpusOf(files) {
  const dir = join(benchDir, `.corpus/c${files}`);
  if (!existsSync(join(dir, 'one-150.review.yaml'))) {
    const info = generate({ files, seed: 7, out: dir });
    console.log(`corpus c${files}: ${info.files} reviews, ${info.lines} lines, ${(info.bytes / 1e6).toFixed(1)} MB (seed 7)`);
  }
  return dir;
}

function stdoutOf(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

export async function benchScale({ rounds = 3, sizes = [500, 2000, 8000] } = {}) {
  const cli = join(root, 'dist/cli.js');
  const figures = [];
  const raw = {};

  // 1. µs per line, warm: each size in processes of its own (a large file's garbage is not
  // collected on a small one's time), taking turns, the first of each round swapped.
  const perLine = { small: [], large: [] };
  for (let r = 0; r < 5; r++) {
    const pair = [
      async () => perLine.small.push(JSON.parse(await stdoutOf([join(benchDir, '.out/lines.js'), '150']))),
      async () => perLine.large.push(JSON.parse(await stdoutOf([join(benchDir, '.out/lines.js'), '40000']))),
    ];
    for (const run of r % 2 ? pair.reverse() : pair) await run();
  }
  const lines = Object.fromEntries(Object.entries(perLine).map(([k, xs]) => [k, { lines: xs[0].lines, usPerLine: median(xs.map((x) => x.usPerLine)) }]));
  raw.lines = { ...lines, rounds: perLine };
  const linesRatio = lines.large.usPerLine / lines.small.usPerLine;
  figures.push(figure(`µs per line: ${lines.large.lines} lines / ${lines.small.lines} lines`, fmt(linesRatio, 2), '×', '≤ 1.20×', linesRatio <= 1.2, `${fmt(lines.large.usPerLine, 2)} against ${fmt(lines.small.usPerLine, 2)} µs a line (CPU with its collections, warm; a disable comment over one list item in ten)`));

  // 2. The default --jobs against --jobs 1 (and --jobs 2 at the largest size), interleaved.
  const jobs = {};
  for (const n of sizes) {
    const dir = corpusOf(n);
    const runs = { one: [], auto: [], two: [] };
    // Each round swaps which of the two goes first, so that a load rising or falling through the
    // bench does not always favour the second (below 3,000 files the default is one thread: the
    // same command as --jobs 1, which a fixed order once put 8 % apart).
    for (let r = 0; r < rounds; r++) {
      const pair = [
        async () => runs.one.push(await runNode([cli, 'lint', dir, '--jobs', '1'], { cwd: dir })),
        async () => runs.auto.push(await runNode([cli, 'lint', dir], { cwd: dir })),
      ];
      for (const run of r % 2 ? pair.reverse() : pair) await run();
      if (n === sizes.at(-1)) runs.two.push(await runNode([cli, 'lint', dir, '--jobs', '2'], { cwd: dir }));
    }
    jobs[n] = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, { wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) }]));
    const ratio = jobs[n].auto.wall / jobs[n].one.wall;
    figures.push(figure(`default --jobs / --jobs 1, ${n} files`, fmt(ratio, 2), '×', '≤ 1.00× (+5 % noise)', ratio <= 1.05, `${fmt(jobs[n].auto.wall)} against ${fmt(jobs[n].one.wall)} ms`));
  }
  const top = jobs[sizes.at(-1)];
  figures.push(figure(`2-thread speed-up at ${sizes.at(-1)} files (--jobs 1 / --jobs 2)`, fmt(top.one.wall / top.two.wall, 2), '×', 'report', undefined, `${fmt(top.two.wall)} against ${fmt(top.one.wall)} ms; CPU ${fmt(top.two.cpu)} against ${fmt(top.one.cpu)} ms`));
  raw.jobs = jobs;

  // 3. Peak RSS per format, 8,000 files against 500 (--jobs 1: one heap to compare).
  const small = corpusOf(sizes[0]);
  const large = corpusOf(sizes.at(-1));
  raw.rss = {};
  for (const format of FORMATS) {
    const a = await runNode([cli, 'lint', small, '--jobs', '1', '--format', format], { cwd: small });
    const b = await runNode([cli, 'lint', large, '--jobs', '1', '--format', format], { cwd: large });
    raw.rss[format] = { small: a.rssMB, large: b.rssMB };
    const ratio = b.rssMB / a.rssMB;
    figures.push(figure(`peak RSS ${sizes.at(-1)} / ${sizes[0]} files, --format ${format}`, fmt(ratio, 2), '×', '≤ 1.25×', ratio <= 1.25, `${fmt(b.rssMB)} MB against ${fmt(a.rssMB)} MB`));
  }
  return { figures, raw };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const out = await benchScale({ rounds: Number(arg('rounds', quick ? 1 : 3)) });
  printFigures('Scale', out.figures);
  const json = arg('json', undefined);
  if (json) writeFileSync(json, JSON.stringify(out, null, 2));
}
