// What a person sees, with the extension installed from its .vsix: open a review by clicking it
// in the Explorer, see the squiggles, the Problems rows and the status bar counts, open the
// preview beside it with Ctrl+K V, save a screenshot for the README, and click a finding in the
// preview to jump to its line. The folder is examples/, as a user meets the product: the README's
// picture is of the appraisal as Manager Liu held it.
// Each step is one test; a step that fails fails the ones after it (they cannot be seen).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'zhang-2026-as-held.review.yaml';
const WAIT = { timeout: 45_000 };

export async function runUiTest({ browser, origin, folder, screenshotDir, log }) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const counts = { passed: 0, failed: 0 };
  let broken;
  const step = async (title, fn) => {
    if (broken) {
      counts.failed++;
      log(`  ✗ ui: ${title} (not reached: ${broken})`);
      return;
    }
    try {
      await fn();
      counts.passed++;
      log(`  ✓ ui: ${title}`);
    } catch (e) {
      counts.failed++;
      broken = title;
      log(`  ✗ ui: ${title}\n      ${String(e?.message ?? e).split('\n').slice(0, 8).join('\n      ')}`);
    }
  };

  const editor = page.locator('.editor-instance .monaco-editor').first();
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  try {
    await step('opens a review by clicking it in the Explorer', async () => {
      await page.goto(`${origin}/?folder=${encodeURIComponent(folder)}`);
      const rows = page.locator('.explorer-folders-view .monaco-list-row');
      await rows.filter({ hasText: /^reviews$/ }).first().click(WAIT);
      await rows.filter({ hasText: FILE }).first().click(WAIT);
      await page.locator('.tabs-container .tab.active', { hasText: FILE }).waitFor(WAIT);
      await editor.locator('.view-lines').waitFor(WAIT);
    });

    await step('shows the findings as squiggles', async () => {
      await editor.locator('.squiggly-error').first().waitFor(WAIT);
      await editor.locator('.squiggly-warning').first().waitFor(WAIT);
    });

    await step('counts the findings in the status bar', async () => {
      const item = page.locator('.statusbar-item [aria-label^="Review YAML:"], .statusbar-item[aria-label^="Review YAML:"]').first();
      await item.waitFor(WAIT);
      // The item shows before the first diagnostics arrive: wait for the count to reach it.
      const counted = await page
        .waitForFunction(
          () => [...document.querySelectorAll('[aria-label^="Review YAML:"]')].some((e) => /[1-9]\d* errors?/.test(e.getAttribute('aria-label') ?? '')),
          null,
          WAIT,
        )
        .then(() => true, () => false);
      if (!counted) throw new Error(`status bar says "${await item.getAttribute('aria-label')}"`);
    });

    await step('lists the findings in the Problems panel', async () => {
      await editor.click({ position: { x: 300, y: 100 } });
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'improvement-plan-missing' }).first().waitFor(WAIT);
      await rows.filter({ hasText: 'praise-missing' }).first().waitFor(WAIT);
    });

    await step('opens the preview beside the editor with Ctrl+K V', async () => {
      await editor.click({ position: { x: 300, y: 100 } });
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      await page.locator('.tabs-container .tab', { hasText: `Preview ${FILE}` }).waitFor(WAIT);
      await preview.locator('h1', { hasText: 'Xiao Zhang' }).waitFor(WAIT);
      await preview.locator('.finding[data-line]').first().waitFor(WAIT);
    });

    await step('saves a screenshot of the editor, the preview and the Problems panel', async () => {
      mkdirSync(screenshotDir, { recursive: true });
      await page.mouse.move(0, 0);
      const file = join(screenshotDir, 'preview.png');
      await page.screenshot({ path: file });
      log(`    screenshot: ${file}`);
    });
    await step('reveals a finding\'s line when it is clicked in the preview', async () => {
      const finding = preview.locator('.finding[data-line]').last();
      const line = Number(await finding.getAttribute('data-line'));
      await finding.click();
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line + 1},`) }).first().waitFor(WAIT);
    });

  } finally {
    await page.close().catch(() => {});
  }
  return counts;
}
