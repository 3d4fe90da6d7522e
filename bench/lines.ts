// µs per line of the engine's lint at 150 and at 40,000 lines, in one warm process (bundled by
// bench/build.mjs into bench/.out/lines.js): the engine should be linear in the size of a file.
// Both reviews come from the corpus generator (seeded, faulty, English), so they have the same
// shape; each is linted in variants (a comment line added) so that core/parse.ts's cache never
// answers. CPU time of this thread, not wall time (the machine is shared). Prints JSON.
//   node bench/.out/lines.js [small=150] [large=40000]
import { lint } from '../core/engine';
import { review, rng } from './gen.mjs';

const small = Number(process.argv[2] ?? 150);
const large = Number(process.argv[3] ?? 40_000);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/**
 * A generated review with, as its authors would write them, a `review-disable-next-line` comment
 * above one strength or improvement in ten: directives are looked up per finding and per line.
 */
const withDirectives = (text: string) => {
  let n = 0;
  return text.replace(/^( *)- text: /gm, (m, indent: string) => (n++ % 10 === 0 ? `${indent}# review-disable-next-line absolute-language -- quoted from the employee\n${m}` : m));
};
const texts = (target: number) => {
  const base = withDirectives(review(rng(7), { target, lang: 'en', faulty: true }));
  return [0, 1, 2].map((i) => `${base}${'#\n'.repeat(i)}`);
};
const lines = (t: string) => t.split('\n').length - 1;

function perLine(variants: string[], runs: number, warmup: number): { usPerLine: number; ms: number; lines: number } {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const text = variants[i % variants.length]!;
    const t0 = cpu();
    lint(text, { path: 'bench.review.yaml' });
    if (i >= warmup) times.push(cpu() - t0);
  }
  times.sort((a, b) => a - b);
  const ms = times[times.length >> 1]!;
  const n = lines(variants[0]!);
  return { usPerLine: (ms * 1000) / n, ms, lines: n };
}

const s = texts(small);
const l = texts(large);
// Interleaved: a warm-up of both, then rounds of each in turn.
perLine(s, 0, 300);
perLine(l, 0, 3);
const sm: number[] = [];
const lg: number[] = [];
let smallInfo = { lines: 0, ms: 0 };
let largeInfo = { lines: 0, ms: 0 };
for (let r = 0; r < 5; r++) {
  const a = perLine(s, 200, 0);
  const b = perLine(l, 3, 0);
  sm.push(a.usPerLine);
  lg.push(b.usPerLine);
  smallInfo = a;
  largeInfo = b;
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(JSON.stringify({ small: { lines: smallInfo.lines, usPerLine: med(sm) }, large: { lines: largeInfo.lines, usPerLine: med(lg) } }));
