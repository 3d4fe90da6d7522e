// Where the engine's time goes, phase by phase and rule by rule, in one warm process: a tool for
// finding what to fix (bundled by bench/build.mjs into bench/.out/phases.js), not a budget.
//   node bench/.out/phases.js <folder or one file> [rounds]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { LineCounter, parseDocument } from 'yaml';
import { lint } from '../core/engine';
import { parse, toData } from '../core/parse';
import { allRules } from '../core/rules';
import { validate } from '../core/validate';
import { nodeHost } from '../node/host';

const target = resolve(process.argv[2] ?? '.');
const single = target.endsWith('.yaml');
const dir = single ? resolve(target, '..') : target;
const rounds = Number(process.argv[3] ?? 3);
const files = single ? [target] : globSync('**/*.review.yaml', { cwd: dir, absolute: true, ignore: ['**/.git/**'] }).sort();
// One file: three variants of it in turn (a comment line added), so that core/parse.ts's cache of
// the last two parses never answers and every figure includes a real parse.
const texts = single
  ? [0, 1, 2].map((i) => [files[0]!, `${readFileSync(files[0]!, 'utf8')}${'#\n'.repeat(i)}`] as const)
  : files.map((f) => [f, readFileSync(f, 'utf8')] as const);
const host = nodeHost(dir);

const totals = new Map<string, number[]>();
const ruleMs = new Map<string, number>();
// CPU time of this thread (user + system), not wall time: the machine is shared, and other
// people's processes stretch wall time by whatever they happen to run.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const time = (name: string, f: () => unknown) => {
  const t0 = cpu();
  f();
  const list = totals.get(name) ?? [];
  list.push(cpu() - t0);
  totals.set(name, list);
};

for (let r = 0; r < rounds; r++) {
  time('floor: parseDocument + LineCounter', () => {
    for (const [, t] of texts) parseDocument(t, { lineCounter: new LineCounter() });
  });
  time('engine: lint() whole', () => {
    for (const [f, t] of texts) lint(t, { path: f, host });
  });
  const parsed = texts.map(([, t]) => parse(t));
  time('engine: parse()', () => {
    for (const [, t] of texts) parse(t);
  });
  const data = parsed.map((p) => (p.problems.some((x) => x.severity === 'error') ? undefined : toData(p)));
  time('engine: toData()', () => {
    for (const p of parsed) if (!p.problems.some((x) => x.severity === 'error')) toData(p);
  });
  time('engine: validate()', () => {
    for (const d of data) if (d && typeof d === 'object') validate((d as { kind?: string }).kind === 'template' ? 'template' : 'review', d);
  });
  // Each rule's check timed inside one whole lint (its generator drained into a list).
  if (r === rounds - 1) {
    const original = allRules.map((rule) => rule.check);
    allRules.forEach((rule, i) => {
      const check = original[i];
      if (!check) return; // a rule whose findings the engine makes itself
      (rule as { check: typeof check }).check = (ctx) => {
        const t0 = cpu();
        const out = [...check(ctx)];
        ruleMs.set(rule.id, (ruleMs.get(rule.id) ?? 0) + cpu() - t0);
        return out;
      };
    });
    time('engine: lint() whole, rules timed', () => {
      for (const [f, t] of texts) lint(t, { path: f, host });
    });
    allRules.forEach((rule, i) => ((rule as { check: unknown }).check = original[i]));
  }
  time('engine: lint() only=[] (parse+schema+context, no rule)', () => {
    for (const [f, t] of texts) lint(t, { path: f, host, only: ['-none-'] });
  });
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = med(totals.get('floor: parseDocument + LineCounter')!);
const base = med(totals.get('engine: lint() only=[] (parse+schema+context, no rule)')!);
console.log(`${files.length} files, ${rounds} rounds; median CPU ms, and × floor`);
for (const [name, xs] of totals) {
  const m = med(xs);
  console.log(`${m.toFixed(0).padStart(7)} ms ${(m / floor).toFixed(2).padStart(6)}×  ${name}`);
}
console.log(`rules' checks (last round): ${[...ruleMs.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms; no-rule lint ${base.toFixed(0)} ms`);
for (const [id, ms] of [...ruleMs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${id}`);
