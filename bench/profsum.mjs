// Summarises a .cpuprofile: self and inclusive time by function.
//   node bench/profsum.mjs file.cpuprofile [N] [--incl]
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 30);
const incl = process.argv.includes('--incl');
const { samples, timeDeltas, nodes } = prof;
const byId = new Map(nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const name = (x) => {
  const f = x.callFrame;
  return `${f.functionName || '(anon)'} ${f.url.split('/').slice(-1)[0]}:${f.lineNumber}`;
};
const sum = new Map();
let total = 0;
for (let i = 0; i < samples.length; i++) {
  const t = timeDeltas[i] ?? 0;
  total += t;
  if (!incl) {
    const k = name(byId.get(samples[i]));
    sum.set(k, (sum.get(k) ?? 0) + t);
    continue;
  }
  const seen = new Set();
  for (let id = samples[i]; id !== undefined; id = parent.get(id)) seen.add(name(byId.get(id)));
  for (const k of seen) sum.set(k, (sum.get(k) ?? 0) + t);
}
console.log(`total ${(total / 1000).toFixed(0)} ms (${incl ? 'inclusive' : 'self'})`);
for (const [k, t] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
