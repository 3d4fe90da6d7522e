// `review-yaml report` over a generated cycle of 212 reviews (test/support/cycle.ts) and over the
// examples, as a process: the planted patterns flagged with their numbers, the group of four
// nowhere, no planted free text or name in any output, JSON and CSV with the same figures, and the
// page in real Chromium with every chart. Needs /usr/bin/chromium (or CHROMIUM=path) for the
// browser part; SKIP_BROWSER=1 skips only that part.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CalibrationAggregator, type CalibrationReport, type GroupStats, type ReviewerStats, renderCalibrationHtml } from '../../core/calibration';
import { PAYLOADS } from '../support/payloads';
import { ROOT, cli, workspace } from '../support/cli';
import { CENTRAL, LENIENT, MARKERS, REVIEWERS, SMALL_DEPARTMENT, cycle } from '../support/cycle';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Reviewer codes are R1, R2, … by staff id, as the report assigns them. */
const codeOf = (id: string) => `R${[...REVIEWERS].map((r) => r.id).sort().indexOf(id) + 1}`;

/** Splits CSV as RFC 4180 writes it (quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter(Boolean)) {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cur);
        cur = '';
      }
      else cur += c;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

describe('review-yaml report over a generated cycle', function () {
  this.timeout(120_000);
  let dir: string;
  let json: CalibrationReport;
  let jsonText: string;
  let csvText: string;
  let html: string;
  let htmlZh: string;

  before(() => {
    dir = workspace({ '.git/': '', ...cycle() });
    const j = cli(['report', 'reviews', '--format', 'json'], { cwd: dir });
    assert.equal(j.code, 0, j.stderr);
    jsonText = j.stdout;
    json = JSON.parse(jsonText) as CalibrationReport;
    const c = cli(['report', 'reviews', '--format', 'csv', '-o', 'out/report.csv'], { cwd: dir });
    assert.equal(c.code, 0, c.stderr);
    csvText = readFileSync(join(dir, 'out/report.csv'), 'utf8');
    const h = cli(['report', 'reviews', '-o', 'out/report.html'], { cwd: dir });
    assert.equal(h.code, 0, h.stderr);
    html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    const z = cli(['report', 'reviews', '--locale', 'zh-CN'], { cwd: dir });
    assert.equal(z.code, 0, z.stderr);
    htmlZh = z.stdout;
  });

  it('reads every review of the cycle', () => {
    assert.equal(json.read, 212);
    assert.equal(json.reviews, 212);
    assert.equal(json.overall.rating.n, 212);
  });

  it('flags the lenient reviewer with the t-test behind it', () => {
    const r = json.reviewers.find((g) => g.label === codeOf(LENIENT))!;
    assert.ok(r, 'the lenient reviewer is shown');
    assert.deepEqual(r.flags, ['lenient']);
    assert.equal(r.rating.mean, 4.43);
    assert.ok(r.meanTest!.t > 5 && r.meanTest!.pAdjusted < 1e-5, JSON.stringify(r.meanTest));
    assert.ok(r.meanTest!.restMean < 3.6, JSON.stringify(r.meanTest));
    // The page shows the numbers, not only the verdict.
    const row = new RegExp(`<tr class="flagged"><th scope="row">${r.label}</th><td>30</td><td>4.43</td>.*?<td>${r.meanTest!.t}</td>.*?<td>${r.meanTest!.pAdjusted}</td>`);
    assert.match(html, row);
  });

  it('flags central tendency with the F-test behind it, and nothing else', () => {
    const r = json.reviewers.find((g) => g.label === codeOf(CENTRAL))!;
    assert.deepEqual(r.flags, ['central']);
    assert.ok(r.rating.sd! < 0.6 && r.spreadTest!.restSd > 0.8, JSON.stringify(r));
    assert.ok(r.spreadTest!.f < 0.5 && r.spreadTest!.pAdjusted < 0.05, JSON.stringify(r.spreadTest));
    const flagged = json.reviewers.filter((g) => g.flags.length).map((g) => g.label).sort();
    assert.deepEqual(flagged, [codeOf(LENIENT), codeOf(CENTRAL)].sort(), 'only the planted patterns are flagged');
    assert.match(html, new RegExp(`<td>${r.spreadTest!.f}</td><td>${r.spreadTest!.pAdjusted}</td><td>central tendency</td>`));
  });

  it('never shows the group of four on its own, nor lets it be worked out by subtraction', () => {
    for (const list of [json.reviewers, json.departments, json.templates] as GroupStats[][])
      for (const g of list) assert.ok(g.reviews >= json.minGroup, `${g.label} has ${g.reviews} reviews`);
    const small = codeOf('M09');
    for (const [name, page] of [['json', jsonText], ['csv', csvText], ['html', html], ['zh-CN html', htmlZh]]) {
      // A nonce is random base64: it may hold any two characters.
      const text = page!.replace(/'nonce-[^']*'|nonce="[^"]*"/g, '');
      assert.ok(!text.includes(SMALL_DEPARTMENT), `${name} names the department of four`);
      assert.ok(!new RegExp(`\\b${small}\\b`).test(text), `${name} shows the reviewer of four (${small})`);
    }
    // "other" holds the small group and at least one group big enough to show, and says so.
    const note = json.privacy.find((p) => p.dimension === 'department')!;
    assert.deepEqual({ outcome: note.outcome, groups: note.groups, complement: note.complement }, { outcome: 'merged', groups: 1, complement: 1 });
    const other = json.departments.find((g) => g.merged)!;
    assert.ok(other.reviews > 4 && other.reviews === note.reviews);
    const shown = json.departments.filter((g) => !g.merged).reduce((n, g) => n + g.reviews, 0);
    assert.equal(shown + other.reviews, json.reviews);
    assert.match(html, /1 department groups with fewer than 5 reviews each are shown together as “other”/);
  });

  it('never includes a planted free-text marker or a name', () => {
    assert.ok(MARKERS.length > 2000, `${MARKERS.length} markers planted`);
    const outputs = { json: jsonText, csv: csvText, html, htmlZh };
    for (const [name, text] of Object.entries(outputs)) {
      const leaked = MARKERS.filter((m) => text.includes(m));
      assert.deepEqual(leaked.slice(0, 5), [], `${name} leaks ${leaked.length} markers`);
      assert.ok(!/QX[a-z]+[0-9a-z]+ZQ/.test(text), `${name} holds something shaped like a marker`);
      for (const r of REVIEWERS) assert.ok(!text.includes(r.name), `${name} names reviewer ${r.name}`);
    }
  });

  it('shows names only with --with-names, and still no free text', () => {
    const r = cli(['report', 'reviews', '--format', 'json', '--with-names'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const named = JSON.parse(r.stdout) as CalibrationReport;
    assert.ok(named.reviewers.some((g) => g.label === 'Daniel Brooks'));
    assert.ok(named.actions.every((a) => a.employee?.endsWith(' Employee')));
    const comments = MARKERS.filter((m) => !m.startsWith('QXname'));
    assert.deepEqual(comments.filter((m) => r.stdout.includes(m)), []);
  });

  it('compares grades with the template\'s target shares', () => {
    const t = json.templates.find((g) => g.label === 'Annual appraisal 2026 (scored)')!;
    assert.deepEqual(t.grades!.map((g) => [g.key, g.target]), [['S', 10], ['A', 20], ['B', 50], ['C', 15], ['D', 5]]);
    assert.equal(t.grades!.reduce((n, g) => n + g.count, 0), 106);
  });

  it('lists what needs action with file and line', () => {
    assert.ok(json.actions.length > 10);
    for (const a of json.actions) {
      const text = readFileSync(join(dir, a.path), 'utf8').split('\n');
      if (a.kind === 'not-final') assert.match(text[a.line]!, /^status: held/, `${a.path}:${a.line + 1}`);
      if (a.kind === 'disagreement') assert.match(text[a.line]!, /agreement: disagree|employee_response/, `${a.path}:${a.line + 1}`);
    }
    assert.ok(json.actions.some((a) => a.kind === 'disagreement'));
    // Links are relative to where the page is written.
    const first = json.actions[0]!;
    assert.ok(html.includes(`href="../${first.path}"`), 'the page links the file relative to out/');
  });

  it('carries the same figures in JSON and CSV', () => {
    const rows = parseCsv(csvText);
    assert.deepEqual(rows[0], ['section', 'group', 'measure', 'key', 'value']);
    const value = (section: string, group: string, measure: string, key: string) => {
      const hit = rows.filter((r) => r[0] === section && r[1] === group && r[2] === measure && r[3] === key);
      assert.equal(hit.length, 1, `one row ${section},${group},${measure},${key}`);
      return Number(hit[0]![4]);
    };
    assert.equal(value('cycle', 'all', 'reviews', ''), json.reviews);
    const check = (section: string, g: GroupStats | ReviewerStats) => {
      assert.equal(value(section, g.label, 'reviews', ''), g.reviews);
      assert.equal(value(section, g.label, 'rating', 'n'), g.rating.n);
      if (g.rating.mean !== undefined) assert.equal(value(section, g.label, 'rating', 'mean'), g.rating.mean);
      for (const c of g.rating.counts) {
        assert.equal(value(section, g.label, 'rating', c.key), c.count);
        assert.equal(value(section, g.label, 'rating%', c.key), c.percent);
      }
      for (const f of g.findings) assert.equal(value(section, g.label, 'finding%', f.key), f.percent);
      for (const c of g.grades ?? []) assert.equal(value(section, g.label, 'grade', c.key), c.count);
      assert.equal(value(section, g.label, 'signoff', 'signed'), g.signed);
      if ('flags' in g && g.meanTest) {
        assert.equal(value(section, g.label, 'meanTest', 't'), g.meanTest.t);
        assert.equal(value(section, g.label, 'meanTest', 'pAdjusted'), g.meanTest.pAdjusted);
        assert.equal(value(section, g.label, 'spreadTest', 'f'), g.spreadTest!.f);
        for (const f of g.flags) assert.equal(value(section, g.label, 'flag', f), 1);
      }
    };
    check('overall', json.overall);
    for (const g of json.reviewers) check('reviewer', g);
    for (const g of json.departments) check('department', g);
    for (const g of json.templates) check('template', g);
    assert.equal(rows.filter((r) => r[0] === 'action').length, json.actions.length);
  });

  it('gives the same report on two threads as on one', () => {
    const two = cli(['report', 'reviews', '--format', 'json', '--jobs', '2'], { cwd: dir });
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout, jsonText);
  });

  it('keeps only the reviews the filters name, and says so when none is left', () => {
    const r = cli(['report', 'reviews', '--format', 'json', '--department', 'Engineering', '--period', '2026'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const only = JSON.parse(r.stdout) as CalibrationReport;
    assert.equal(only.reviews, 62);
    assert.deepEqual(only.departments.map((d) => d.label), ['Engineering']);
    const byName = JSON.parse(cli(['report', 'reviews', '--format', 'json', '--template', 'Annual appraisal 2026 (scored)'], { cwd: dir }).stdout) as CalibrationReport;
    const byPath = JSON.parse(cli(['report', 'reviews', '--format', 'json', '--template', '../../templates/annual-scored.review.yaml'], { cwd: dir }).stdout) as CalibrationReport;
    assert.deepEqual([byName.reviews, byPath.reviews], [106, 106]);
    const none = cli(['report', 'reviews', '--format', 'json', '--period', '2025'], { cwd: dir });
    assert.equal(none.code, 0);
    assert.match(none.stderr, /the filters keep none of the 212 reviews read/);
    assert.equal((JSON.parse(none.stdout) as CalibrationReport).suppressed, true);
  });

  describe('in headless Chromium', function () {
    let browser: Browser | undefined;
    let userData: string | undefined;
    before(async function () {
      if (!existsSync(CHROMIUM)) {
        if (process.env.SKIP_BROWSER) {
          console.log(`    (skipped: no Chromium at ${CHROMIUM} and SKIP_BROWSER is set)`);
          this.skip();
        }
        throw new Error(`No Chromium at ${CHROMIUM}: install it (sudo apt-get install -y chromium), point CHROMIUM at it, or set SKIP_BROWSER=1.`);
      }
      userData = mkdtempSync(join(tmpdir(), 'review-yaml-report-'));
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    });
    after(async () => {
      await browser?.close();
      if (userData) rmSync(userData, { recursive: true, force: true });
    });

    /** Loads a page with the network cut off; returns its charts and what it tried to do. */
    async function open(page: string, scheme: 'light' | 'dark' = 'light') {
      const context = await browser!.newContext({ colorScheme: scheme, javaScriptEnabled: true });
      const requests: string[] = [];
      const violations: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url() === 'https://report.test/') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
        requests.push(route.request().url());
        return route.abort();
      });
      const tab = await context.newPage();
      tab.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
      await tab.goto('https://report.test/', { waitUntil: 'load' });
      const charts = await tab.evaluate(() =>
        [...document.querySelectorAll('figure[data-chart]')].map((f) => {
          const svg = f.querySelector('svg');
          const box = (svg ?? f.querySelector('table'))?.getBoundingClientRect();
          return {
            id: f.getAttribute('data-chart')!,
            svg: !!svg,
            marks: svg ? svg.querySelectorAll('rect.bar, circle.dot').length : f.querySelectorAll('td.heat').length,
            label: svg?.querySelector('title')?.textContent ?? f.querySelector('table')?.getAttribute('aria-label') ?? '',
            table: !!f.querySelector('table'),
            width: box?.width ?? 0,
            height: box?.height ?? 0,
          };
        }),
      );
      const bar = await tab.evaluate(() => {
        const r = document.querySelector('rect.bar');
        return r ? getComputedStyle(r).fill : '';
      });
      const background = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const scripts = await tab.evaluate(() => document.scripts.length);
      await context.close();
      return { charts, requests, violations, bar, background, scripts };
    }

    it('renders every chart of the cycle, each drawn, labelled and with its data table', async () => {
      const r = await open(html);
      assert.deepEqual(r.requests, []);
      assert.deepEqual(r.violations, []);
      assert.equal(r.scripts, 0);
      const ids = new Set(r.charts.map((c) => c.id));
      for (const id of ['rating-overall', 'grades', 'reviewers', 'department', 'template', 'findings-reviewer', 'findings-department', 'notice', 'minutes'])
        assert.ok(ids.has(id), `chart ${id} present (got ${[...ids].join(', ')})`);
      for (const c of r.charts) {
        assert.ok(c.marks > 0 && c.width > 50 && c.height > 50, `${c.id} is drawn: ${JSON.stringify(c)}`);
        assert.ok(c.label.length > 0, `${c.id} has an accessible label`);
        assert.ok(c.table, `${c.id} has a data table`);
      }
      // One dot per reviewer shown, one small multiple per department shown.
      assert.equal(r.charts.find((c) => c.id === 'reviewers')!.marks, json.reviewers.filter((g) => !g.merged).length);
      assert.equal(r.charts.filter((c) => c.id === 'department').length, json.departments.length);
    });

    it('follows the reader\'s dark mode', async () => {
      const light = await open(html, 'light');
      const dark = await open(html, 'dark');
      assert.notEqual(light.background, dark.background);
      assert.notEqual(light.bar, dark.bar);
    });

    it('shows hostile department, template and reviewer names as text, never as markup', async () => {
      // Group labels are the only strings of a review that reach the page: each payload is one.
      const agg = new CalibrationAggregator({ withNames: true, minGroup: 3 });
      PAYLOADS.forEach((p, i) => {
        for (let j = 0; j < 3; j++)
          agg.add({ reviewerKey: p, reviewerName: p, employeeName: p, department: p, template: p, status: 'held', rating: 1 + ((i + j) % 5), signed: false, appealOpen: false, supportPending: 0, rules: [p], actions: [{ kind: 'not-final', line: 3 }] }, `${p}.review.yaml`);
      });
      const page = renderCalibrationHtml(agg.report());
      const r = await open(page);
      assert.deepEqual(r.requests, [], 'nothing was fetched');
      assert.deepEqual(r.violations, []);
      assert.equal(r.scripts, 0, 'no script element');
      const context = await browser!.newContext();
      const tab = await context.newPage();
      await tab.setContent(page);
      const found = await tab.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        links: [...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*(javascript|data):/i.test(h)),
        text: document.body.textContent ?? '',
      }));
      await context.close();
      assert.deepEqual(found.handlers, []);
      assert.deepEqual(found.links, []);
      for (const p of PAYLOADS.slice(0, 10)) assert.ok(found.text.includes(p), `shown as text: ${p}`);
    });

    it('renders the Chinese page and the report of the examples', async () => {
      const zh = await open(htmlZh);
      assert.ok(zh.charts.length >= 9 && zh.charts.every((c) => c.table && c.marks > 0));
      assert.match(htmlZh, /<html lang="zh-CN">/);
      assert.match(htmlZh, /各评估人与其余评估人对比/);
      const ex = cli(['report', 'examples'], { cwd: ROOT });
      assert.equal(ex.code, 0, ex.stderr);
      const page = await open(ex.stdout);
      assert.deepEqual(page.requests, []);
      for (const id of ['rating-overall', 'notice', 'minutes', 'findings-reviewer']) assert.ok(page.charts.some((c) => c.id === id && c.marks > 0), `examples: ${id}`);
    });
  });
});

describe('review-yaml report: bad input', () => {
  it('answers each mistake with one line and exit 2', () => {
    const dir = workspace({ '.git/': '', ...cycle() });
    const cases: [string[], RegExp][] = [
      [['report', '--min-group', '2'], /--min-group takes a whole number of at least 3/],
      [['report', '--min-group', 'five'], /--min-group takes a whole number of at least 3/],
      [['report', '--format', 'pdf'], /--format takes html, json or csv, not "pdf"/],
      [['report', '--period', 'last-year'], /--period takes a year \(2026\) or a month \(2026-12\)/],
      [['report', '--type', 'annual'], /--type takes plan, coaching, appraisal, probation or pip, not "annual"/],
      [['report', 'no-such-folder'], /No such file or folder: no-such-folder/],
      [['report', 'templates'], /No review was read/],
      [['report', '--formt', 'json'], /Did you mean --format\?/],
      [['report', 'reviews', '-o', 'reviews/engineering/m05-117.review.yaml'], /is one of the files read/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: one line, got ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    const help = cli(['report', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: review-yaml report/);
  });
});
