/**
 * Light and dark: axe-core finds no violations in the card (short and expanded), the popup and the
 * options page under either colour scheme, nor in the highlights and notes over a dark page.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, inCard } from './closed-roots.ts';
import { launchWithExtension, openPage, openPopupFor, runAxe, ROOT, serve, setSettings, waitForMarks, type Session, type StaticServer } from './harness.ts';

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

  it('the options page has no accessibility violations', async () => {
    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('input[name=registry-file]').waitFor({ state: 'attached' });
    expect(await runAxe(options, ['body'])).toEqual([]);
    await options.close();
  });
});

describe('on a dark page', () => {
  it('the highlights and notes have no accessibility violations', async () => {
    await setSettings(session, { highlights: true, overlays: true, disabledSites: [] });
    const { page } = await openPage(session, `${server.origin}/pages/ai-work-dark.en.html`);
    await waitForMarks(page, 2);
    await page.waitForFunction(() => document.querySelector('recount-mark.recount-matched') && document.querySelector('recount-note'));
    expect(await runAxe(page, ['recount-mark', 'recount-note'])).toEqual([]);
    await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });
    await page.close();
  });
});
