// Before/after for bench/RESULTS.md: two builds of the project (folders with dist/ built), the
// floor, and each build's --jobs 1 lint, interleaved round by round; then each build's language
// server: opening the ~20,000-line review and one-character edits of the 150-line one.
//   node bench/before-after.mjs --before DIR --after DIR [--rounds 5]
// Make the two folders with `git worktree add --detach DIR <commit>` (+ `git revert --no-commit`
// of the commits under study for "before"), a node_modules link, and `node scripts/build.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir, fmt, median, percentile, runNode } from './lib.mjs';
import { editLatencies, startServer } from './server.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const builds = { before: arg('before'), after: arg('after') };
const rounds = Number(arg('rounds', 5));
const corpus = join(benchDir, '.corpus/c2000');

const runs = { floor: [], before: [], after: [] };
for (let r = 0; r < rounds; r++) {
  runs.floor.push(await runNode([join(benchDir, '.out/floor.js'), corpus]));
  for (const b of ['before', 'after']) runs[b].push(await runNode([join(builds[b], 'dist/cli.js'), 'lint', corpus, '--jobs', '1']));
  console.log(`  round ${r + 1}: floor ${fmt(runs.floor.at(-1).wall)} ms, before ${fmt(runs.before.at(-1).wall)} ms, after ${fmt(runs.after.at(-1).wall)} ms`);
}
const med = (k, f) => median(runs[k].map(f));
console.log(`CLI --jobs 1 on the 2,000-file corpus, medians of ${rounds} interleaved rounds:`);
for (const k of ['floor', 'before', 'after'])
  console.log(`  ${k.padEnd(6)} wall ${fmt(med(k, (x) => x.wall))} ms (${fmt(med(k, (x) => x.wall) / med('floor', (x) => x.wall), 2)}× floor), CPU ${fmt(med(k, (x) => x.cpu))} ms (${fmt(med(k, (x) => x.cpu) / med('floor', (x) => x.cpu), 2)}×), RSS ${fmt(med(k, (x) => x.rssMB))} MB`);

const big = join(corpus, 'big.review.yaml');
const bigText = readFileSync(big, 'utf8');
for (const b of ['before', 'after']) {
  let s = await startServer({ command: process.execPath, args: [join(builds[b], 'dist/server.js'), '--stdio'], corpus, initializationOptions: { debounceMs: 0 } });
  const open = [];
  for (let r = 0; r < rounds + 2; r++) {
    const o = await s.open(big, `${bigText}# open ${r}\n`, 'review-yaml');
    open.push(o.ms);
    await s.close(o.uri);
    await new Promise((res) => setTimeout(res, 50));
  }
  await s.stop();
  s = await startServer({ command: process.execPath, args: [join(builds[b], 'dist/server.js'), '--stdio'], corpus, initializationOptions: { debounceMs: 0 } });
  const edit = await editLatencies(s, join(corpus, 'one-150.review.yaml'), 300);
  await s.stop();
  console.log(`server ${b}: open 20,000 lines ${fmt(median(open.slice(2)), 1)} ms; edit p50 ${fmt(percentile(edit.times, 50), 2)} ms, p95 ${fmt(percentile(edit.times, 95), 2)} ms`);
}
