// The pictures of docs/guide/calibration-meeting.md: `review-yaml report` over the generated
// cycle of test/support/cycle.ts (fictional people, 212 reviews), each section of the page taken
// in headless Chromium, in English and in Chinese. Needs a build (dist/cli.js) and Chromium.
//   npx tsx scripts/calibration-screenshots.ts
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { cycle } from '../test/support/cycle';

const root = resolve(__dirname, '..');
const SECTIONS = ['distribution', 'reviewers', 'departments', 'quality', 'outcome', 'actions'];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'review-yaml-cycle-'));
  try {
    for (const [path, text] of Object.entries({ '.git/HEAD': '', ...cycle() })) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    for (const locale of ['en', 'zh-CN']) {
      const out = join(dir, `report-${locale}.html`);
      const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'report', 'reviews', '--locale', locale, '-o', out], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
      await page.goto(`file://${out}`);
      for (const id of SECTIONS) {
        const file = join(root, 'docs/images', `calibration-${id}${locale === 'en' ? '' : '.zh-CN'}.png`);
        await page.locator(`#${id}`).screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await page.close();
    }
    await browser.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
