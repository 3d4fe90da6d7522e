// `npm run bench`: builds, generates the corpus when it is missing (seeded: the same bytes every
// time), then runs the CLI, language-server and extension benchmarks and prints every figure
// with its ratio and budget. Writes bench/.out/last.json and bench/.out/last.md (a table to
// paste into bench/RESULTS.md with the machine and load it was measured on).
//   npm run bench [-- --only cli,server,scale,extension,report,web --rounds 5 --spectral-rounds 3 --edits 300 --scale-rounds 3 --start-rounds 15 --quick --no-peers]
// Benchmarks, not tests: nothing here runs in `npm test`, and a missed budget does not fail the run
// (exit 0) unless --strict is given.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBench } from './build.mjs';
import { benchCli } from './cli.mjs';
import { benchExtension } from './extension.mjs';
import { benchReport } from './report.mjs';
import { generate } from './gen.mjs';
import { benchDir, loadNow, machine, printFigures, root } from './lib.mjs';
import { benchScale } from './scale.mjs';
import { benchServer } from './server.mjs';
import { benchWeb } from './web.mjs';

const argv = process.argv.slice(2);
const arg = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const quick = argv.includes('--quick');
const peers = !argv.includes('--no-peers');
// --only cli,server,scale,extension,report,web: a part of the run (the others are left out of the table).
const only = arg('only', 'cli,server,scale,extension,report,web').split(',');
const none = { figures: [] };

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await buildBench();

const corpus = join(benchDir, '.corpus/c2000');
if (!existsSync(join(corpus, 'big.review.yaml'))) {
  const info = generate({ files: 2000, seed: 7, out: corpus });
  console.log(`corpus: ${info.files} reviews + ${info.templates} templates, ${info.lines} lines, ${(info.bytes / 1e6).toFixed(1)} MB (seed 7)`);
}

const m = machine();
console.log(`${m.date}  ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, load ${m.load}, node ${m.node}, review-yaml ${m.reviewYaml} (${m.commit})`);
const loadBefore = loadNow();
const cli = !only.includes('cli') ? none : await benchCli({
  rounds: Number(arg('rounds', quick ? 2 : 5)),
  spectralRounds: peers ? Number(arg('spectral-rounds', quick ? 1 : 3)) : 0,
  startRounds: Number(arg('start-rounds', quick ? 5 : 15)),
  corpus,
  peers,
});
if (cli.figures.length) printFigures(`CLI, 2,000-file corpus (medians of ${cli.rounds} interleaved rounds)`, cli.figures);
const server = !only.includes('server') ? none : await benchServer({ edits: Number(arg('edits', quick ? 100 : 300)), rounds: Number(arg('rounds', quick ? 3 : 5)), corpus, peers });
if (server.figures.length) printFigures('Language server over stdio', server.figures);
const scale = !only.includes('scale') ? none : await benchScale({ rounds: Number(arg('scale-rounds', quick ? 1 : 3)) });
if (scale.figures.length) printFigures('Scale: file size, --jobs, memory per format', scale.figures);
const extension = !only.includes('extension') ? none : benchExtension();
printFigures('Extension', extension.figures);
const report = !only.includes('report') ? none : await benchReport({ rounds: Number(arg('rounds', quick ? 2 : 5)), corpus });
if (report.figures.length) printFigures('Calibration report against lint, 2,000-file corpus', report.figures);
const web = !only.includes('web') ? none : benchWeb();
if (web.figures.length) printFigures('Web extension (code-server web worker host)', web.figures);
const loadAfter = loadNow();

const all = [...cli.figures, ...server.figures, ...scale.figures, ...extension.figures, ...report.figures, ...web.figures];
const missed = all.filter((f) => f.status === 'MISS');
console.log(`\n${all.filter((f) => f.status === 'PASS').length} budgets met, ${missed.length} missed${missed.length ? `: ${missed.map((f) => f.name).join('; ')}` : ''}. Load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}.`);

mkdirSync(join(benchDir, '.out'), { recursive: true });
writeFileSync(join(benchDir, '.out/last.json'), JSON.stringify({ machine: m, load: [loadBefore, loadAfter], cli, server, scale, extension, report }, null, 2));
const row = (f) => `| ${f.name} | ${f.value}${f.unit} | ${f.budget ?? ''} | ${f.status} | ${(f.note ?? '').replace(/\|/g, '/')} |`;
writeFileSync(
  join(benchDir, '.out/last.md'),
  [
    `Run of ${m.date}: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, node ${m.node}, review-yaml ${m.reviewYaml} (${m.commit}), yaml ${m.yaml}, zod ${m.zod}; load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.`,
    '',
    '| figure | value | budget | | note |',
    '|---|---|---|---|---|',
    ...all.map(row),
    '',
  ].join('\n'),
);
process.exit(argv.includes('--strict') && missed.length ? 1 : 0);
