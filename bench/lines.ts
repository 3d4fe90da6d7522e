// µs per line of the engine's lint at one size, in one warm process (bundled by bench/build.mjs
// into bench/.out/lines.js): the engine should be linear in the size of a file, so bench/scale.mjs
// runs this at 150 and at 40,000 lines, in processes that take turns, and compares the two.
// Both reviews come from the corpus generator (seeded, faulty, English), so they have the same
// shape; each is linted in variants (a comment line added) so that core/parse.ts's cache never
// answers. CPU time of this process (the machine is shared), over every measured lint together:
// the garbage collections a lint's allocations cause are part of its cost, and only now and then
// does a small file's lint meet one, so a median of single small lints would leave them out while
// every lint of a large file pays for its own. Prints JSON.
//   node bench/.out/lines.js [target lines=150] [measured lints] [warm-up lints]
import { lint } from '../core/engine';
import { review, rng } from './gen.mjs';

const target = Number(process.argv[2] ?? 150);
// By default about 300,000 lines are measured after 200,000 of warm-up, whatever the size (a
// small file's first lints still run code the compiler is about to replace).
const runs = Number(process.argv[3] ?? Math.max(3, Math.round(300_000 / target)));
const warmup = Number(process.argv[4] ?? Math.max(2, Math.round(200_000 / target)));
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
const base = withDirectives(review(rng(7), { target, lang: 'en', faulty: true }));
const variants = [0, 1, 2].map((i) => `${base}${'#\n'.repeat(i)}`);
const lines = base.split('\n').length - 1;

for (let i = 0; i < warmup; i++) lint(variants[i % variants.length]!, { path: 'bench.review.yaml' });
const t0 = cpu();
for (let i = 0; i < runs; i++) lint(variants[i % variants.length]!, { path: 'bench.review.yaml' });
const ms = cpu() - t0;
console.log(JSON.stringify({ lines, runs, usPerLine: (ms * 1000) / (runs * lines) }));
