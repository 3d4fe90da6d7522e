import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, ROOT, cli, workspace } from '../support/cli';
import { availableParallelism } from 'node:os';
import { jobsFor, parseLintArgs } from '../../cli/lint/options';
import { goldenRun, project } from './support';

describe('lint --jobs, --shard and --cache', () => {
  it('--jobs 2 prints exactly what --jobs 1 prints', () => {
    const dir = project();
    for (const format of ['stylish', 'json', 'sarif']) {
      const one = cli(['lint', '--format', format, '--jobs', '1'], { cwd: dir });
      const two = cli(['lint', '--format', format, '--jobs', '2'], { cwd: dir });
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.code, one.code);
    }
  });

  it('--jobs by default: one thread below 3,000 files, then one per 1,500 files and core; --jobs N wins', () => {
    const auto = parseLintArgs([], process.cwd());
    assert.equal(jobsFor(auto, 2999), 1);
    assert.equal(jobsFor(auto, 3000), Math.min(2, availableParallelism()));
    assert.equal(jobsFor(auto, 100_000), availableParallelism());
    assert.equal(jobsFor(parseLintArgs(['--jobs', '3'], process.cwd()), 10), 3);
  });

  it('--jobs 2 starts its workers early, and a run that fails before using them still ends at once', () => {
    const dir = project();
    const started = Date.now();
    const missing = cli(['lint', 'no-such-folder', '--jobs', '2'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such-folder/);
    assert.ok(Date.now() - started < 20_000, 'the workers kept the process alive');
    // More workers than files: the idle ones end too.
    const one = cli(['lint', '--format', 'json', '--jobs', '1'], { cwd: dir });
    const eight = cli(['lint', '--format', 'json', '--jobs', '8'], { cwd: dir });
    assert.equal(eight.stdout, one.stdout);
    assert.equal(eight.code, one.code);
  });

  it('--shard i/n (golden): every file in exactly one shard', () => {
    const dir = project();
    goldenRun('shard-1-of-2', ['lint', '--shard', '1/2'], dir);
    goldenRun('shard-2-of-2', ['lint', '--shard', '2/2'], dir);
    const all = JSON.parse(cli(['lint', '--format', 'json'], { cwd: dir }).stdout);
    const shards = [1, 2].map((i) => JSON.parse(cli(['lint', '--format', 'json', '--shard', `${i}/2`], { cwd: dir }).stdout));
    const union = shards.flatMap((s) => [...s.files.map((f: { path: string }) => f.path), ...s.skipped]).sort();
    assert.deepEqual(union, [...all.files.map((f: { path: string }) => f.path), ...all.skipped].sort());
    // More shards than files: the extra shards are empty, and that is not an error.
    const empty = cli(['lint', '--shard', '9/9'], { cwd: dir });
    assert.equal(empty.code, 0);
    assert.match(empty.stdout, /0 files linted, no problems/);
  });

  describe('--cache', () => {
    const CACHE = 'node_modules/.cache/review-yaml/lint-cache.json';
    /** Marks every cached finding, so that a run that reuses the cache shows it. */
    const mark = (dir: string, file = CACHE) => {
      // A header line, then a line per file whose last item is its findings: arrays whose third
      // item indexes the message in the header's strings.
      const path = join(dir, file);
      const [head, ...entries] = readFileSync(path, 'utf8').split('\n');
      const data = JSON.parse(head!) as { strings: string[] };
      const messages = new Set(entries.filter(Boolean).flatMap((line) => (JSON.parse(line) as unknown[]).at(-1) as number[][]).map((f) => f[2]!));
      assert.ok(messages.size > 0, 'no finding in the cache to mark');
      for (const i of messages) data.strings[i] = `(cached) ${data.strings[i]}`;
      writeFileSync(path, [JSON.stringify(data), ...entries].join('\n'));
    };
    const held = (dir: string, args: string[] = []) => cli(['lint', '--cache', 'reviews/held.review.yaml', ...args], { cwd: dir }).stdout;

    it('reuses the result of an unchanged file; a change to it, its template, its config or --rule lints it again', () => {
      const dir = project();
      const first = held(dir);
      mark(dir);
      assert.match(held(dir), /\(cached\) /, 'unchanged: not linted again');
      assert.equal(held(dir).replace(/\(cached\) /g, ''), first, 'same report');

      const edit = (path: string, f: (s: string) => string) => writeFileSync(join(dir, path), f(readFileSync(join(dir, path), 'utf8')));
      edit('reviews/held.review.yaml', (s) => s.replace('score: 3', 'score: 2'));
      assert.doesNotMatch(held(dir), /\(cached\) /, 'the file changed');

      mark(dir);
      edit('templates/basic.review.yaml', (s) => s.replace('  - { id: ownership, title: Ownership }\n', ''));
      const after = held(dir);
      assert.doesNotMatch(after, /\(cached\) /, 'its template changed');
      assert.doesNotMatch(after, /competency-not-rated/);

      mark(dir);
      writeFileSync(join(dir, '.reviewrc.yaml'), 'rules: { agenda-missing: off }\n');
      assert.doesNotMatch(held(dir), /\(cached\) |agenda-missing/, 'its configuration changed');

      mark(dir);
      assert.doesNotMatch(held(dir, ['--rule', 'score-without-rationale=off']), /\(cached\) |score-without-rationale/, '--rule changed');
    });

    /** Sets a file's modification time `ago` ms in the past. */
    const age = (path: string, ago: number) => utimesSync(path, new Date(Date.now() - ago), new Date(Date.now() - ago));
    /** Rewrites a file with other text of the same size and puts its time back. */
    const sameSizeEdit = (path: string) => {
      const { mtime } = statSync(path);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace('score: 3', 'score: 2'));
      assert.notEqual(readFileSync(path, 'utf8'), text);
      utimesSync(path, mtime, mtime);
    };

    /** A project whose review was last modified an hour ago, linted once with --cache, its cache marked. */
    const lintedOld = () => {
      const dir = project();
      const file = join(dir, 'reviews/held.review.yaml');
      age(file, 3_600_000);
      held(dir);
      mark(dir);
      return { dir, file };
    };

    it('an old file with its recorded size and time is not read again; another time or size is', () => {
      const { dir, file } = lintedOld();
      // Same size, same time, other text: the run trusted the time and did not read the file
      // (ESLint's and git's trade-off; `touch` the file, or delete the cache, to force it).
      sameSizeEdit(file);
      assert.match(held(dir), /\(cached\) /, 'the file was read although its size and time were unchanged');
      age(file, 3_500_000);
      assert.doesNotMatch(held(dir), /\(cached\) /, 'a new time: its text is checked, and it changed');
    });

    it('a file modified just before it was read is checked by its text next time', () => {
      const dir = project(); // just written: within the file system's time resolution of the run
      const file = join(dir, 'reviews/held.review.yaml');
      held(dir);
      mark(dir);
      sameSizeEdit(file);
      assert.doesNotMatch(held(dir), /\(cached\) /, 'a racy entry was trusted by its time');
    });

    it('the same text under a new time is reused and its time recorded, so the next run does not read it', () => {
      const { dir, file } = lintedOld();
      age(file, 3_500_000); // a fresh checkout of the same text
      assert.match(held(dir), /\(cached\) /, 'same text: reused');
      mark(dir);
      sameSizeEdit(file);
      assert.match(held(dir), /\(cached\) /, 'the new time was not recorded');
    });

    it('an unchanged run answers from the cache without loading the engine; a changed file loads it', () => {
      const dir = project();
      const probe = join(dir, 'loaded.txt');
      /** The CLI's bundles a --cache run of the project read (dist/engine.js: the engine was loaded). */
      const loaded = () => {
        const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/support/load-probe.cjs'), CLI, 'lint', '--cache', '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, REVIEW_YAML_LOAD_PROBE: probe },
        });
        return { out: r.stdout, code: r.status, bundles: readFileSync(probe, 'utf8').split('\n') };
      };
      for (const file of ['reviews/held.review.yaml', 'templates/basic.review.yaml']) age(join(dir, file), 3_600_000);
      const cold = loaded();
      assert.ok(cold.bundles.includes('engine.js'), `a cold run lints: ${cold.bundles.join(', ')}`);
      const warm = loaded();
      assert.deepEqual([warm.out, warm.code], [cold.out, cold.code], 'the same report and exit code');
      assert.ok(!warm.bundles.includes('engine.js'), `an unchanged run loaded the engine: ${warm.bundles.join(', ')}`);
      writeFileSync(join(dir, 'reviews/held.review.yaml'), `${readFileSync(join(dir, 'reviews/held.review.yaml'), 'utf8')}\n`);
      assert.ok(loaded().bundles.includes('engine.js'), 'a changed file is linted again');
    });

    it('an unchanged run with a .reviewrc.yaml answers its checks and its locale from the cache; an edited config loads the engine', () => {
      const dir = project({ '.reviewrc.yaml': '# the team\'s settings\nlocale: zh-CN\nrules: { agenda-missing: off }\n' });
      const probe = join(dir, 'loaded.txt');
      /** Stylish output (its summary in the run's locale), exit code and the bundles a --cache run read. */
      const loaded = () => {
        const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/support/load-probe.cjs'), CLI, 'lint', '--cache'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, REVIEW_YAML_LOAD_PROBE: probe, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
        });
        return { out: r.stdout, err: r.stderr, code: r.status, bundles: readFileSync(probe, 'utf8').split('\n') };
      };
      for (const file of ['reviews/held.review.yaml', 'reviews/clean.review.yaml', 'reviews/typos.review.yaml', 'templates/basic.review.yaml']) age(join(dir, file), 3_600_000);
      const cold = loaded();
      assert.ok(cold.bundles.includes('engine.js'), `a cold run lints: ${cold.bundles.join(', ')}`);
      assert.match(cold.out, /个问题/, 'the summary speaks the configured locale');
      assert.doesNotMatch(cold.out, /agenda-missing/);
      const warm = loaded();
      assert.deepEqual([warm.out, warm.err, warm.code], [cold.out, cold.err, cold.code], 'the same report and exit code');
      assert.ok(!warm.bundles.includes('engine.js'), `an unchanged run loaded the engine: ${warm.bundles.join(', ')}`);
      writeFileSync(join(dir, '.reviewrc.yaml'), 'rules: { praise-missing: off }\n');
      const edited = loaded();
      assert.ok(edited.bundles.includes('engine.js'), 'an edited config is checked again');
      assert.match(edited.out, /agenda-missing/, 'its findings follow the new config');
      assert.doesNotMatch(edited.out, /praise-missing|个问题/, 'and so does the locale');
      const again = loaded();
      assert.deepEqual([again.out, again.code], [edited.out, edited.code]);
      assert.ok(!again.bundles.includes('engine.js'), `the edited config was not kept: ${again.bundles.join(', ')}`);
      writeFileSync(join(dir, '.reviewrc.yaml'), 'rules: { praise-missing: warn }\n');
      const broken = loaded();
      assert.equal(broken.code, 2, 'a broken config still stops the run');
      assert.match(broken.err, /praise-missing/);
    });

    it('an unchanged run does not write the cache again; the next write drops deleted files', () => {
      const dir = project();
      for (const f of readdirSync(join(dir, 'reviews'))) age(join(dir, 'reviews', f), 3_600_000);
      cli(['lint', '--cache'], { cwd: dir });
      const path = join(dir, CACHE);
      const written = statSync(path).mtimeMs;
      const before = readFileSync(path, 'utf8');
      assert.ok(before.includes('held.review.yaml'));
      utimesSync(path, new Date(written - 60_000), new Date(written - 60_000));
      const older = statSync(path).mtimeMs;
      cli(['lint', '--cache'], { cwd: dir });
      assert.equal(statSync(path).mtimeMs, older, 'nothing changed, yet the cache was written');
      rmSync(join(dir, 'reviews/held.review.yaml'));
      const other = readdirSync(join(dir, 'reviews')).find((f) => f.endsWith('.review.yaml'))!;
      writeFileSync(join(dir, 'reviews', other), `${readFileSync(join(dir, 'reviews', other), 'utf8')}# edited\n`);
      cli(['lint', '--cache'], { cwd: dir });
      assert.notEqual(statSync(path).mtimeMs, older);
      assert.ok(!readFileSync(path, 'utf8').includes('held.review.yaml'), 'the deleted file kept its entry');
    });

    it('an entry of the wrong shape costs only its file a fresh lint, with one note; the others are still answered from the cache', () => {
      const dir = project();
      for (const f of readdirSync(join(dir, 'reviews'))) age(join(dir, 'reviews', f), 3_600_000);
      const plain = cli(['lint', '--format', 'json'], { cwd: dir }).stdout;
      cli(['lint', '--cache'], { cwd: dir });
      mark(dir);
      const path = join(dir, CACHE);
      const [head, ...entries] = readFileSync(path, 'utf8').split('\n');
      const files = (JSON.parse(head!) as { files: string[] }).files;
      const held = files.indexOf(join(dir, 'reviews/held.review.yaml'));
      assert.ok(held >= 0 && files.length > 1, files.join(', '));
      entries[held] = '["not an entry"]';
      writeFileSync(path, [head, ...entries].join('\n'));
      const r = cli(['lint', '--cache', '--format', 'json'], { cwd: dir });
      assert.match(r.stderr, /^review-yaml: note: the cache in .* was not in the expected form/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      const out = JSON.parse(r.stdout) as { files: { path: string; findings: { message: string }[] }[] };
      const marked = (p: string) => out.files.find((f) => f.path === p)!.findings.some((f) => f.message.startsWith('(cached) '));
      assert.ok(!marked('reviews/held.review.yaml'), 'the broken entry was used');
      assert.ok(out.files.some((f) => f.path !== 'reviews/held.review.yaml' && marked(f.path)), 'the other entries were dropped too');
      assert.equal(r.stdout.replace(/\(cached\) /g, ''), plain, 'same report');
      const again = cli(['lint', '--cache'], { cwd: dir });
      assert.equal(again.stderr, '', 'the cache was rewritten whole');
    });

    it('--fix --cache: a review after a template that the run fixed is linted against the fixed template', () => {
      // Sorted, the template's task comes between the two reviews': the second must not reuse
      // a cache entry checked against what the template was before the run rewrote it.
      const review = (name: string) =>
        `kind: review\ntemplate: ../templates/t.review.yaml\ntype: appraisal\nstatus: held\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: ${name} }\nreviewer: { name: R }\n`;
      const dir = workspace({
        '.git/': '',
        // No auto fix in the reviews: under --fix, a cache entry with one is never reused.
        '.reviewrc.yaml': 'rules: { materials-missing: off }\n',
        'a/1.review.yaml': review('A'),
        'templates/t.review.yaml': 'kind: template\nname: T\ntype: appraisal\ncompetencys: [{ id: c1, title: C1 }]\n',
        'z/2.review.yaml': review('Z'),
      });
      cli(['lint', '--cache'], { cwd: dir });
      const fixed = JSON.parse(cli(['lint', '--fix', '--cache', '--format', 'json'], { cwd: dir }).stdout);
      assert.match(readFileSync(join(dir, 'templates/t.review.yaml'), 'utf8'), /^competencies:/m, 'the template was fixed');
      const z = fixed.files.find((f: { path: string }) => f.path === 'z/2.review.yaml');
      assert.ok(z.findings.some((f: { rule: string }) => f.rule === 'competency-not-rated'), 'z/2 reused a result from before the fix');
    });

    it('--cache-location puts it elsewhere; the output is the same as without a cache', () => {
      const dir = project();
      const plain = cli(['lint', '--format', 'json'], { cwd: dir }).stdout;
      assert.equal(cli(['lint', '--format', 'json', '--cache-location', '.cache/ry'], { cwd: dir }).stdout, plain);
      mark(dir, '.cache/ry/lint-cache.json');
      assert.match(cli(['lint', '--cache-location', '.cache/ry'], { cwd: dir }).stdout, /\(cached\) /);
      assert.equal(cli(['lint', '--format', 'json', '--cache', '--jobs', '2'], { cwd: dir }).stdout, plain);
    });
  });

  describe('a generated corpus of 2,000 files', function () {
    this.timeout(60_000);
    let dir: string;
    before(() => {
      dir = workspace({ '.git/': '', 'templates/t.review.yaml': 'kind: template\nname: T\ntype: appraisal\ncompetencies: [{ id: c1, title: C1 }]\n' });
      for (let i = 0; i < 2000; i++) {
        const folder = join(dir, `team-${i % 25}`);
        mkdirSync(folder, { recursive: true });
        const status = ['draft', 'scheduled', 'held', 'final'][i % 4];
        let text = `kind: review\n${i % 2 ? 'template: ../templates/t.review.yaml\n' : ''}type: appraisal\nstatus: ${status}\nperiod: { start: 2026-01-01, end: 2026-12-31 }\nemployee: { name: Employee ${i} }\nreviewer: { name: Reviewer ${i % 9} }\n`;
        if (i % 3) text += `strengths:\n  - text: Closed deal ${i} two weeks ahead of plan\n    evidence: CRM record ${i}\n`;
        if (i % 5 === 0) text += 'score: 3\n';
        if (i % 11 === 0) text += 'strenghts: []\n';
        if (i % 97 === 0) text = 'kind: review\nstrengths: [\n';
        if (i % 101 === 0) text = 'mrsf_version: "1.0"\n';
        writeFileSync(join(folder, `r-${String(i).padStart(4, '0')}.review.yaml`), text);
      }
    });

    /** Runs lint with a JSON report to a file (it is larger than a pipe's buffer), timed. */
    const run = (args: string[], name: string) => {
      const t = process.hrtime.bigint();
      const r = cli(['lint', '--format', 'json', '-o', name, ...args], { cwd: dir });
      const ms = Number((process.hrtime.bigint() - t) / 1_000_000n);
      assert.equal(r.stderr, '');
      const text = readFileSync(join(dir, name), 'utf8');
      const out = JSON.parse(text) as { files: { path: string }[]; skipped: string[] };
      return { code: r.code, ms, text, all: [...out.files.map((f) => f.path), ...out.skipped], files: out.files.map((f) => f.path) };
    };

    it('--jobs 2 gives the same output as --jobs 1, in the same order', () => {
      const one = run(['--jobs', '1'], 'jobs-1.json');
      const two = run(['--jobs', '2'], 'jobs-2.json');
      console.log(`      2,000 files: --jobs 1 ${one.ms} ms, --jobs 2 ${two.ms} ms`);
      assert.equal(one.code, 1);
      assert.equal(two.code, 1);
      assert.equal(two.text, one.text);
      assert.equal(one.all.length, 2001, "2,000 reviews and their template");
      assert.deepEqual(one.files, [...one.files].sort());
    });

    it('--shard 1/3, 2/3 and 3/3 together cover every file exactly once', () => {
      const all = run([], 'all.json').all;
      const seen: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const shard = run(['--shard', `${i}/3`], `shard-${i}.json`).all;
        assert.ok(Math.abs(shard.length - 2001 / 3) <= 1, `shard ${i} has ${shard.length} files`);
        seen.push(...shard);
      }
      assert.equal(new Set(seen).size, seen.length, 'no file in two shards');
      assert.deepEqual(seen.sort(), [...all].sort());
    });
  });
});
