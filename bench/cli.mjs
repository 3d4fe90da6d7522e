// CLI budgets on the 2,000-file corpus, every figure against the parse-only floor measured in the
// same run. Each round runs, one after the other: the floor, --jobs 1, --jobs 2, a cold --cache
// run, an unchanged --cache run, and (in the first rounds) Spectral; the rounds interleave them
// so that a busy spell on the machine hits every candidate alike. Medians are reported. Then the
// start-up: a one-file lint, as a pre-commit hook runs it, against `node -e 0`, in interleaved pairs.
//   node bench/cli.mjs [--rounds 5] [--spectral-rounds 3] [--start-rounds 15] [--corpus DIR] [--json FILE] [--no-peers]
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDir, ensurePeer, figure, fmt, loadNow, median, peersDir, printFigures, root, runNode } from './lib.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};

/** The Spectral ruleset: the JSON Schema check and the three seed rules, as close to ours as Spectral allows. */
export function spectralRuleset(dir) {
  const schema = readFileSync(join(root, 'schemas/review.schema.json'), 'utf8');
  const file = join(dir, 'review-ruleset.mjs');
  writeFileSync(
    file,
    `// Written by bench/cli.mjs: the schema check (schemas/review.schema.json) and three seed rules.
import { schema } from '@stoplight/spectral-functions';
const reviewSchema = ${schema};
const held = (doc) => ['held', 'final'].includes(doc?.status);
function praiseMissing(doc) {
  const list = Array.isArray(doc?.strengths) ? doc.strengths : [];
  if (list.some((s) => typeof s?.text === 'string' && s.text.trim())) return [];
  return [{ message: 'No strengths recorded.', path: ['strengths'] }];
}
function improvementPlanMissing(doc) {
  const planned = new Set((Array.isArray(doc?.improvement_plan) ? doc.improvement_plan : []).map((p) => p?.addresses));
  const out = [];
  (Array.isArray(doc?.improvements) ? doc.improvements : []).forEach((item, i) => {
    if (item?.id && !planned.has(item.id)) out.push({ message: 'Improvement "' + item.id + '" has no plan item.', path: ['improvements', i, 'id'] });
  });
  return out;
}
function scoreWithoutResponse(doc) {
  if (!held(doc) || doc?.score === undefined || doc?.employee_response?.agreement) return [];
  return [{ message: 'A score without the employee response.', path: doc.employee_response ? ['employee_response'] : ['score'] }];
}
export default {
  rules: {
    schema: { given: '$', severity: 'error', then: { function: schema, functionOptions: { schema: reviewSchema, allErrors: true } } },
    'praise-missing': { given: '$', severity: 'warn', then: { function: praiseMissing } },
    'improvement-plan-missing': { given: '$', severity: 'warn', then: { function: improvementPlanMissing } },
    'score-without-response': { given: '$', severity: 'warn', then: { function: scoreWithoutResponse } },
  },
};
`,
  );
  return file;
}

export async function benchCli({ rounds = 5, spectralRounds = 3, startRounds = 15, corpus = join(benchDir, '.corpus/c2000'), peers = true } = {}) {
  const cli = join(root, 'dist/cli.js');
  const floor = join(benchDir, '.out/floor.js');
  const work = mkdtempSync(join(tmpdir(), 'review-yaml-bench-cli-'));
  const cacheDir = join(work, 'cache');
  const lint = (...extra) => runNode([cli, 'lint', corpus, ...extra]);

  let spectral;
  const peerProblem = peers && spectralRounds > 0 ? ensurePeer('@stoplight/spectral-cli') : 'not asked for (--no-peers)';
  if (peerProblem) console.log(`Spectral comparison skipped: ${peerProblem}`);
  else {
    const ruleset = spectralRuleset(peersDir);
    const bin = join(peersDir, 'node_modules/@stoplight/spectral-cli/dist/index.js');
    spectral = () => runNode([bin, 'lint', `${corpus}/**/*.review.yaml`, '--ruleset', ruleset, '--fail-severity', 'error', '--quiet']);
  }

  // Half the reviews (teams 00-19 of 40: 1,000 files, a little under half the bytes), for the
  // most any split of the files over two threads could gain: a thread that lints half the files
  // still pays the start-up and the compiler's warm-up of a whole run.
  const teams = join(corpus, 'teams');
  const halfDirs = existsSync(teams) ? readdirSync(teams).sort().slice(0, 20).map((d) => join(teams, d)) : [];
  const runs = { floor: [], jobs1: [], jobs2: [], half: [], cold: [], warm: [], spectral: [], bare: [], one: [] };
  const loads = [];
  for (let r = 0; r < rounds; r++) {
    loads.push(loadNow());
    runs.floor.push(await runNode([floor, corpus]));
    runs.jobs1.push(await lint('--jobs', '1'));
    runs.jobs2.push(await lint('--jobs', '2'));
    if (halfDirs.length) runs.half.push(await runNode([cli, 'lint', ...halfDirs, '--jobs', '1']));
    rmSync(cacheDir, { recursive: true, force: true });
    runs.cold.push(await lint('--jobs', '1', '--cache-location', cacheDir));
    runs.warm.push(await lint('--jobs', '1', '--cache-location', cacheDir));
    if (spectral && r < spectralRounds) runs.spectral.push(await spectral());
    const last = (k) => runs[k].at(-1);
    process.stdout.write(
      `  round ${r + 1}/${rounds} (load ${loads.at(-1).toFixed(2)}): floor ${fmt(last('floor').wall)} ms, jobs1 ${fmt(last('jobs1').wall)}, jobs2 ${fmt(last('jobs2').wall)}${runs.half.length ? `, half ${fmt(last('half').wall)}` : ''}, cold ${fmt(last('cold').wall)}, warm ${fmt(last('warm').wall)}${runs.spectral.length > r ? `, spectral ${fmt(last('spectral').wall)}` : ''}\n`,
    );
  }
  rmSync(work, { recursive: true, force: true });

  // One file, as a pre-commit hook runs it, against bare node, interleaved pair by pair.
  for (let r = 0; r < startRounds; r++) {
    runs.bare.push(await runNode(['-e', '0']));
    runs.one.push(await runNode([cli, 'lint', join(corpus, 'one-150.review.yaml')], { cwd: corpus }));
  }
  for (const [k, list] of Object.entries(runs))
    for (const x of list) if (x.code !== 0 && x.code !== 1) throw new Error(`${k} exited ${x.code}: ${x.stderr.slice(-2000)}`);

  const m = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, { wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rss: median(xs.map((x) => x.rssMB)) }]));
  const wallRatio = m.jobs1.wall / m.floor.wall;
  const cpuRatio = m.jobs1.cpu / m.floor.cpu;
  const rssRatio = m.jobs1.rss / m.floor.rss;
  const jobsSpeedup = m.jobs1.wall / m.jobs2.wall;
  const cacheSpeedup = m.cold.wall / m.warm.wall;
  const figures = [
    figure('floor: discover + read + parse (1 process)', fmt(m.floor.wall), ' ms', '', undefined, `CPU ${fmt(m.floor.cpu)} ms, RSS ${fmt(m.floor.rss)} MB`),
    figure('--jobs 1, all rules: wall / floor', fmt(wallRatio, 2), '×', '≤ 1.30×', wallRatio <= 1.3, `${fmt(m.jobs1.wall)} ms; CPU ${fmt(cpuRatio, 2)}× floor`),
    figure('--jobs 1: peak RSS / floor', fmt(rssRatio, 2), '×', '≤ 1.50×', rssRatio <= 1.5, `${fmt(m.jobs1.rss)} MB vs ${fmt(m.floor.rss)} MB`),
    // Restated for a 2-core machine: no budget of its own; the default --jobs must never be slower
    // than --jobs 1 (scale.mjs, 500 / 2,000 / 8,000 files) and the 2-thread speed-up at 8,000 files is reported there.
    figure('--jobs 2 speed-up over --jobs 1', fmt(jobsSpeedup, 2), '×', 'report', undefined, `${fmt(m.jobs2.wall)} ms; CPU ${fmt(m.jobs2.cpu)} ms against ${fmt(m.jobs1.cpu)} ms; on 2 cores the budget is restated: the default --jobs never slower than --jobs 1 (Scale)`),
    ...(runs.half.length
      ? [figure('  ceiling of any 2-way split: --jobs 1 all / half the files', fmt(m.jobs1.wall / m.half.wall, 2), '×', 'report', undefined, `half (teams 00-19) ${fmt(m.half.wall)} ms, CPU ${fmt(m.half.cpu)} ms`)]
      : []),
    figure('--cache unchanged: speed-up over cold', fmt(cacheSpeedup, 1), '×', '≥ 10×', cacheSpeedup >= 10, `cold ${fmt(m.cold.wall)} ms, warm ${fmt(m.warm.wall)} ms; CPU ${fmt(m.cold.cpu / m.warm.cpu, 1)}× (${fmt(m.cold.cpu)} against ${fmt(m.warm.cpu)} ms)`),
  ];
  if (runs.one.length) {
    const startRatio = m.one.wall / m.bare.wall;
    figures.push(figure('one-file lint (150 lines) / node -e 0', fmt(startRatio, 2), '×', '≤ 1.50×', startRatio <= 1.5, `${fmt(m.one.wall)} ms against ${fmt(m.bare.wall)} ms; CPU ${fmt(m.one.cpu / m.bare.cpu, 2)}× (${fmt(m.one.cpu)} against ${fmt(m.bare.cpu)} ms); ${runs.one.length} interleaved pairs`));
  }
  if (spectral) {
    const ratio = median(runs.spectral.map((x) => x.wall)) / m.jobs1.wall;
    figures.push(figure('Spectral / ours (--jobs 1), wall', fmt(ratio, 1), '×', 'target ≥ 8×', ratio >= 8, `Spectral ${fmt(m.spectral.wall)} ms, RSS ${fmt(m.spectral.rss)} MB; ${runs.spectral.length} runs`));
  } else figures.push(figure('Spectral / ours', 'skipped', '', 'target ≥ 8×', undefined, peerProblem));
  return { figures, medians: m, loads, rounds, corpus };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await benchCli({ rounds: Number(arg('rounds', 5)), spectralRounds: Number(arg('spectral-rounds', 3)), startRounds: Number(arg('start-rounds', 15)), corpus: arg('corpus', undefined), peers: !process.argv.includes('--no-peers') });
  printFigures(`CLI on ${out.corpus} (medians of ${out.rounds} interleaved rounds)`, out.figures);
  const json = arg('json', undefined);
  if (json) writeFileSync(json, JSON.stringify(out, null, 2));
}
