/**
 * Light and dark: axe-core finds no violations in the card (short and expanded), the popup and the
 * options page (its switches, glossary and facts browser) under either colour scheme, nor in the
 * highlights and notes over a dark page, whose marks take other colours than a light page's.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { clickInCard, inCard } from './closed-roots.ts';
import { launchWithExtension, openPage, openPopupFor, runAxe, ROOT, serve, setSettings, waitForMarks, type Session, type StaticServer } from './harness.ts';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serve({ demo: resolve(ROOT, 'assets/demo'), pages: resolve(ROOT, 'tests/fixtures/pages') });
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});


describe.each(['light', 'dark'] as const)('in the %s scheme', (scheme) => {
  it('the card, short and expanded, and the popup have no accessibility violations', async () => {
    const { page } = await openPage(session, `${server.origin}/demo/ai-work.en.html`);
    await page.emulateMedia({ colorScheme: scheme });
    await waitForMarks(page, 5);
    await page.locator('recount-mark.recount-matched').first().click();
    await page.waitForSelector('recount-ui', { state: 'attached' });
    const expanded = (): Promise<string | null> => inCard(page, (root) => root.querySelector('button.more')?.getAttribute('aria-expanded') ?? null);
    if ((await expanded()) === 'true') await clickInCard(page, 'button.more', 'More');
    await expect.poll(expanded).toBe('false');
    expect(await runAxe(page, ['recount-ui'])).toEqual([]);
    await clickInCard(page, 'button.more', 'More');
    await expect.poll(expanded).toBe('true');
    expect(await runAxe(page, ['recount-ui'])).toEqual([]);
    // The card's colours follow the scheme.
    const bg = await inCard(page, (root) => getComputedStyle(root.querySelector('[role=dialog]')!).backgroundColor);
    expect(bg).toBe(scheme === 'dark' ? 'rgb(30, 33, 39)' : 'rgb(255, 255, 255)');
    await clickInCard(page, 'button.more', 'More');
    await expect.poll(expanded).toBe('false');

    const popup = await openPopupFor(session, page);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForSelector('.claims > li');
    await popup.locator('.claims details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    // The key to the marks, and the glossary of verdicts, open.
    expect(await popup.locator('.legend .key').textContent()).toContain('checked against a source');
    await popup.locator('.glossary summary').click();
    expect(await popup.locator('.glossary dd').count()).toBe(5);
    expect(await popup.locator('.glossary dd').first().isVisible()).toBe(true);
    expect(await runAxe(popup, ['body'])).toEqual([]);
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(30, 33, 39)' : 'rgb(255, 255, 255)');
    await popup.close();
    await page.close();
  });

  it('the options page, with its switches, glossary and facts browser, has no accessibility violations', async () => {
    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[name=registry-file]').waitFor({ state: 'attached' });
    const all = await options.locator('.fact-list > li').count();
    expect(all).toBeGreaterThan(50);
    expect(await options.locator('.verdict-glossary dd').count()).toBe(5);
    expect(await options.locator('.switches input[name=highlights]').isChecked()).toBe(true);
    expect(await runAxe(options, ['body'])).toEqual([]);
    // Searching narrows the list to the facts that name the query, each with its sources as https links.
    await options.getByLabel('Search the facts').fill('Klarna');
    await expect.poll(() => options.locator('.fact-list > li').count()).toBeLessThan(all);
    for (const text of await options.locator('.fact-list > li').allTextContents()) expect(text.toLowerCase()).toContain('klarna');
    expect(await options.locator('.fact-list .sources a[href^="https://"]').count()).toBeGreaterThan(0);
    expect(await runAxe(options, ['body'])).toEqual([]);
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(30, 33, 39)' : 'rgb(255, 255, 255)');
    await options.close();
  });
});

describe('the options page under the keyboard', () => {
  it('reaches the switches with Tab and turns highlights off and on with Space, for every tab', async () => {
    await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const box = options.locator('.switches input[name=highlights]');
    await box.waitFor();
    // Tab from the top of the page until the highlights switch has focus.
    for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++) await options.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await options.keyboard.press('Space');
    const w = await session.worker();
    const stored = () => w.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { highlights: boolean }).highlights);
    await expect.poll(stored).toBe(false);
    await options.keyboard.press('Space');
    await expect.poll(stored).toBe(true);
    await options.close();
  });

  it('speaks Indonesian, its labels and the facts, when the browser does', async () => {
    const id = await launchWithExtension({ locale: 'id' });
    try {
      const options = await id.context.newPage();
      await options.goto(`chrome-extension://${id.extensionId}/options.html`);
      await options.getByLabel('Cari fakta').fill('BPS');
      const bps = options.locator('[data-fact="bps-indonesia-open-unemployment-rate"]');
      await bps.waitFor();
      expect(await bps.locator('h3').textContent()).toBe(BUNDLED_FACTS.find((f) => f.id === 'bps-indonesia-open-unemployment-rate')!.title.id);
      expect(await options.locator('#glossary-title').textContent()).toBe('Arti setiap penilaian');
      expect(await runAxe(options, ['body'])).toEqual([]);
      await options.close();
    } finally {
      await id.close();
    }
  });
});

describe('on a dark page', () => {
  /** The computed colours of the first checked mark and the first note. */
  const markColours = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const mark = getComputedStyle(document.querySelector('recount-mark.recount-matched')!);
      const note = getComputedStyle(document.querySelector('recount-note')!);
      return { mark: mark.backgroundColor, underline: mark.boxShadow, note: note.backgroundColor, noteText: note.color };
    });

  it('the highlights and notes take colours for a dark background and have no accessibility violations', async () => {
    await setSettings(session, { highlights: true, overlays: true, disabledSites: [] });
    // Same scheme for both pages: only the page's own background differs.
    const { page: light } = await openPage(session, `${server.origin}/demo/ai-work.en.html`);
    await light.emulateMedia({ colorScheme: 'light' });
    await light.waitForFunction(() => document.querySelector('recount-mark.recount-matched') && document.querySelector('recount-note'));
    const { page } = await openPage(session, `${server.origin}/pages/ai-work-dark.en.html`);
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForMarks(page, 2);
    await page.waitForFunction(() => document.querySelector('recount-mark.recount-matched') && document.querySelector('recount-note'));
    const onLight = await markColours(light);
    const onDark = await markColours(page);
    expect(onDark.mark).not.toBe(onLight.mark);
    expect(onDark.underline).not.toBe(onLight.underline);
    expect(onDark.note).not.toBe(onLight.note);
    expect(await runAxe(page, ['recount-mark', 'recount-note'])).toEqual([]);
    expect(await runAxe(light, ['recount-mark', 'recount-note'])).toEqual([]);
    await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });
    await light.close();
    await page.close();
  });
});
