/**
 * A hostile page cannot switch Recount off: it listens for the start-up message WXT posts, then
 * fires the "script started" event under that name, as a newer copy of Recount would.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { pageState, ROOT, setSettings, waitForMarks } from '../harness.ts';
import { browserForFile } from './hostile-pages.ts';

const FORGER = `<script>
  window.forged = [];
  window.forge = (type, name) => {
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'page' } }));
    window.forged.push(type);
  };
  addEventListener('message', (e) => {
    const type = e.data && e.data.type;
    if (typeof type === 'string' && type.endsWith('wxt:content-script-started')) {
      window.startup = { type, name: e.data.contentScriptName };
      window.forge(type, e.data.contentScriptName);
    }
  });
</script>`;

const browser = browserForFile();

it('keeps working after the page forges the start-up event, at start and later', async () => {
  const demo = readFileSync(resolve(ROOT, 'assets/demo/ai-work.en.html'), 'utf8').replace('</head>', `${FORGER}</head>`);
  const url = 'http://127.0.0.1/hostile/forged-startup.html';
  const page = await browser.session.context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: demo }));
  await page.goto(url, { waitUntil: 'load' });
  // The page saw the start-up message and forged the event straight away.
  await page.waitForFunction(() => (window as unknown as { forged: string[] }).forged.length > 0);
  const before = await waitForMarks(page, 10);
  // And once more, now that the figures are highlighted.
  await page.evaluate(() => {
    const w = window as unknown as { startup: { type: string; name: string }; forge(type: string, name: string): void };
    w.forge(w.startup.type, w.startup.name);
  });
  const state = await pageState(browser.session, page);
  expect(state.highlighted).toBe(true);
  expect(await page.locator('recount-mark').count()).toBe(before);
  // Recount still answers the reader's switches.
  await setSettings(browser.session, { highlights: false });
  await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
  await setSettings(browser.session, { highlights: true });
  await waitForMarks(page, 10);
  await page.close();
});
