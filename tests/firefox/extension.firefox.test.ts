/**
 * The Firefox build in real Firefox ESR: highlights on both demos, the card on a real click,
 * the popup as an extension page with an exact restore when highlights go off, and a reader who
 * has withheld site access being told so and offered to allow it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, serve, type StaticServer } from '../e2e/harness.ts';
import { firefoxCardText, launchFirefox, openFirefoxPage, openFirefoxPopupFor, waitForFirefoxMarks, type FirefoxSession } from './harness.ts';
import { SITE_MATCHES } from '../../extension/site-access.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await serve({ demo: resolve(ROOT, 'assets/demo') });
});
afterAll(async () => {
  await server?.close();
});

const demo = (lang: 'en' | 'id'): string => `${server.origin}/demo/ai-work.${lang}.html`;
const outerHtml = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

describe('Firefox with site access', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('declares the same sites the popup asks access for', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, '.output/firefox-mv3/manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual([...SITE_MATCHES].sort());
  });

  it('highlights both demo articles and leaves fields alone', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { page, errors } = await openFirefoxPage(session, demo(lang));
      expect(await waitForFirefoxMarks(page, 10)).toBeGreaterThanOrEqual(10);
      const misplaced = await page.evaluate(() => Array.from(document.querySelectorAll('recount-mark')).filter((m) => m.closest('form, textarea, [contenteditable], pre, code, nav, footer')).length);
      expect(misplaced).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens the TOP500 card on a real click and closes it on Esc', async () => {
    const { page } = await openFirefoxPage(session, demo('id'));
    await page.bringToFront();
    await waitForFirefoxMarks(page, 10);
    const mark = await page.waitForSelector('recount-mark.recount-matched ::-p-text(dari 10% menjadi 90%)');
    await mark!.click();
    // The card's text lives in its closed shadow root: the page sees only the host, and no root.
    await page.waitForSelector('recount-ui');
    expect(await page.evaluate(() => document.querySelector('recount-ui')!.shadowRoot)).toBeNull();
    const text = (await firefoxCardText(page)) ?? '';
    expect(text).toContain('TOP500');
    expect(text).toContain('145');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('RECOUNT-MARK');
    await page.close();
  });

  it('lists the figures in the popup, and turning highlights off restores the page exactly', async () => {
    const highlights = async (popup: Page): Promise<void> => (await popup.$('input[name=highlights]'))!.click();
    // Switch highlights off from the popup of a highlighted page.
    const first = await openFirefoxPage(session, demo('id'));
    await waitForFirefoxMarks(first.page, 10);
    let popup = await openFirefoxPopupFor(session, demo('id'));
    await popup.waitForSelector('.claims > li');
    expect(await popup.$$eval('.claims > li[data-fact="top500-cpu-gpu-share"]', (l) => l.length)).toBeGreaterThan(0);
    await highlights(popup);
    await first.page.waitForFunction(() => document.querySelectorAll('recount-mark').length === 0);
    await popup.close();
    await first.page.close();

    // A fresh page with highlights off is the pristine page; on and off again must give it back.
    const { page, errors } = await openFirefoxPage(session, demo('id'));
    await page.bringToFront();
    popup = await openFirefoxPopupFor(session, demo('id'));
    await popup.waitForSelector('.claims > li');
    const pristine = await outerHtml(page);
    expect(pristine).not.toContain('recount-mark');
    await highlights(popup);
    await waitForFirefoxMarks(page, 10);
    await highlights(popup);
    await page.waitForFunction(() => document.querySelectorAll('recount-mark').length === 0);
    expect(await outerHtml(page)).toBe(pristine);
    expect(errors).toEqual([]);
    await highlights(popup); // leave the reader's setting as it was
    await popup.close();
    await page.close();
  });

  it('makes no request beyond the test server', () => {
    const foreign = session.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('moz-extension://') && !u.startsWith('about:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});

describe('Firefox with site access withheld', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox({ withheldAccess: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says that access is missing, offers to allow it, and reads the page once allowed', async () => {
    const { page } = await openFirefoxPage(session, demo('en'));
    const popup = await openFirefoxPopupFor(session, demo('en'));
    await popup.waitForSelector('.no-access button[name=grant-access]');
    expect(await page.evaluate(() => document.querySelectorAll('recount-mark').length)).toBe(0);
    await (await popup.$('button[name=grant-access]'))!.click();
    await popup.waitForSelector('.status[role=status]');
    // As the popup says: reload the page (in front, as the reader sees it).
    await popup.close();
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    expect(await waitForFirefoxMarks(page, 10)).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});
