'use strict';
// Real VS Code (code-server) driven by Playwright + Debian's chromium; run by test_vscode.py:
//   PW_DIR=.../node_modules URL=http://127.0.0.1:PORT/?folder=...&payload=... MODE=hints EXPECT_HINT='≈ …'
//   SHOT=a.png OUTFILE=result.json HOVER_SHOT=b.png node vscode_client.js
// MODE=hints waits (on conditions, never fixed sleeps) until the expected inlay hint (if EXPECT_HINT), a code lens and the status-bar
// total are in the DOM, saves a screenshot, hovers the call; MODE=start-error waits for a notification containing
// EXPECT_NOTICE (and, with CLICK_BUTTON, presses that button and reads the settings search it opens). Writes what it
// saw as JSON; exit code 1 when something never appeared.
const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(process.env.PW_DIR, 'playwright-core'));

const TIMEOUT_MS = Number(process.env.TIMEOUT_MS || 90000);
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

// Monaco renders spaces as U+00A0: every text read from the DOM is normalised to plain spaces
const TEXT_OF = `(el) => ((el && el.innerText) || '').replace(/\u00a0/g, ' ')`;

async function editorText(page) {
  return page.evaluate(`(${TEXT_OF})(document.querySelector('.monaco-editor .view-lines'))`);
}

async function collect(page, result) {
  await page.waitForSelector('.monaco-editor .view-lines', { timeout: TIMEOUT_MS });
  if (process.env.EXPECT_HINT) {
    await page.waitForFunction(
      `(${TEXT_OF})(document.querySelector('.monaco-editor .view-lines')).includes(${JSON.stringify(process.env.EXPECT_HINT)})`,
      null, { timeout: TIMEOUT_MS, polling: 200 },
    );
  }
  await page.waitForFunction(
    () => [...document.querySelectorAll('.codelens-decoration')].some((e) => e.innerText.includes('CO₂e')),
    null, { timeout: TIMEOUT_MS, polling: 200 },
  );
  await page.waitForFunction(
    () => [...document.querySelectorAll('.statusbar-item')].some((e) => e.innerText.includes('CO₂e/')),
    null, { timeout: TIMEOUT_MS, polling: 200 },
  ).catch(() => result.errors.push('no R-ICE status-bar item'));
  result.editor_text = await editorText(page);
  result.lenses = await page.evaluate(`[...document.querySelectorAll('.codelens-decoration')].map(${TEXT_OF})`);
  result.status_bar = await page.evaluate(
    `[...document.querySelectorAll('.statusbar-item')].map(${TEXT_OF}).filter((t) => t.includes('CO₂e'))`,
  );
  await page.mouse.move(0, 0);
  await page.screenshot({ path: process.env.SHOT });
  result.hover = await hover(page, process.env.HOVER_TEXT || 'create');
  if (process.env.HOVER_SHOT) await page.screenshot({ path: process.env.HOVER_SHOT });
}

async function hover(page, word) {
  const target = page.locator('.monaco-editor .view-line span', { hasText: word }).first();
  await target.hover();
  const box = page.locator('.monaco-hover:not(.hidden)', { hasText: 'CO₂e' }).first();
  await box.waitFor({ timeout: TIMEOUT_MS }).catch(() => undefined);
  // wait for the fade-in to finish, so the screenshot shows the hover, not a translucent frame of it
  await box.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))).catch(() => undefined);
  return (await box.count()) ? (await box.innerText()).replace(/\u00a0/g, ' ') : null;
}

// MODE=start-error: wait for the notification that names EXPECT_NOTICE (e.g. the setting to fix)
async function collectNotice(page, result) {
  // the predicate returns the toasts' texts once one names EXPECT_NOTICE (toasts come and go: read them atomically)
  const found = await page.waitForFunction(
    `(() => { const texts = [...document.querySelectorAll('.notification-toast')].map(${TEXT_OF});
       return texts.some((t) => t.includes(${JSON.stringify(process.env.EXPECT_NOTICE)})) ? texts : false; })()`,
    null, { timeout: TIMEOUT_MS, polling: 200 },
  );
  result.notifications = await found.jsonValue();
  await page.screenshot({ path: process.env.SHOT });
  if (process.env.CLICK_BUTTON) await openSettingsFromNotice(page, result);
}

// CLICK_BUTTON: press that button on the toast and record the settings editor's search text that it opened
async function openSettingsFromNotice(page, result) {
  const toast = page.locator('.notification-toast', { hasText: process.env.EXPECT_NOTICE }).first();
  await toast.locator('.monaco-button', { hasText: process.env.CLICK_BUTTON }).first().click();
  const search = page.locator('.settings-editor .settings-header .view-lines').first();
  await search.waitFor({ timeout: TIMEOUT_MS });
  await page.waitForFunction(
    (sel) => ((document.querySelector(sel) || {}).innerText || '').replace(/\u00a0/g, ' ').trim().length > 0,
    '.settings-editor .settings-header .view-lines', { timeout: TIMEOUT_MS, polling: 200 },
  );
  result.settings_search = (await search.innerText()).replace(/\u00a0/g, ' ').trim();
  const found = await page.waitForFunction(
    () => {
      const items = [...document.querySelectorAll('.settings-editor .setting-item-contents')].map((e) => e.innerText);
      return items.length ? items : false;
    },
    null, { timeout: TIMEOUT_MS, polling: 200 },
  );
  result.settings_items = (await found.jsonValue()).map((t) => t.replace(/\u00a0/g, ' '));
  await page.screenshot({ path: process.env.SHOT.replace(/\.png$/, '-settings.png') });
}

async function main() {
  const result = { errors: [] };
  const run = process.env.MODE === 'start-error' ? collectNotice : collect;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 560 } });
    await page.goto(process.env.URL);
    await run(page, result).catch(async (error) => {
      result.errors.push(String(error && error.message ? error.message : error));
      result.editor_text = await editorText(page).catch(() => '');
      await page.screenshot({ path: process.env.SHOT }).catch(() => undefined);
    });
  } finally {
    await browser.close();
    fs.writeFileSync(process.env.OUTFILE, JSON.stringify(result, null, 2));
  }
  process.exitCode = result.errors.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
