// Renders the example forms with `review-yaml render` and saves one screenshot per form for the
// README's gallery (docs/images/form-*.png), showing the parts a reader of that form looks at.
//   node scripts/build.mjs && node scripts/gallery.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const FORMS = [
  // file, locale, the sections to show (the rest of the page is hidden, not changed)
  ['wang-2026-probation', 'zh-CN', ['self_assessment', 'self_vs_reviewer', 'scoring', 'checkpoints', 'outcome']],
  ['okafor-2026-pip', 'en', ['improvements', 'checkpoints', 'consequence', 'outcome']],
  ['liu-2026-annual', 'zh-CN', ['self_vs_reviewer', 'scoring', 'calibration', 'rater_feedback', 'development_plan']],
  ['mehta-2026-q3-okr', 'en', ['okrs', 'checkpoints']],
];

const dir = mkdtempSync(join(tmpdir(), 'review-yaml-gallery-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  // The page's CSP forbids added styles; the screenshot page may add one that only hides sections.
  const page = await browser.newPage({ viewport: { width: 960, height: 800 }, deviceScaleFactor: 1, bypassCSP: true });
  for (const [name, locale, keep] of FORMS) {
    const html = join(dir, `${name}.html`);
    execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'render', join(root, 'examples/reviews', `${name}.review.yaml`), '--locale', locale, '-o', html]);
    await page.goto(`file://${html}`);
    const shown = keep.map((k) => `.section-${k}`).join(', ');
    await page.addStyleTag({ content: `main > section.section:not(${shown}) { display: none !important; } .summary { display: none; }` });
    const out = join(root, 'docs/images', `form-${name}.png`);
    await page.screenshot({ path: out, fullPage: true });
    console.log(`  ${out}`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
