/**
 * The card on screen and under the keyboard, in real Chromium: at 1280×900, 400×800 and 200% zoom
 * (640×450 CSS pixels at device scale factor 2) it stays inside the viewport beside figures near the
 * top, middle and bottom, does not cover its figure after a scroll, and Esc from anywhere in it
 * closes it and gives focus back to the figure.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPage, ROOT, serve, waitForMarks, type Session, type StaticServer } from './harness.ts';

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serve({ demo: resolve(ROOT, 'assets/demo') });
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Layout {
  card: Rect | null;
  figure: Rect;
  vw: number;
  vh: number;
}

const VIEWPORTS = [
  { name: '1280×900', width: 1280, height: 900, scale: 1 },
  { name: '400×800', width: 400, height: 800, scale: 1 },
  { name: '200% zoom', width: 640, height: 450, scale: 2 },
];

async function openAt(viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
  const { page } = await openPage(session, `${server.origin}/demo/ai-work.en.html`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: viewport.width, height: viewport.height, deviceScaleFactor: viewport.scale, mobile: false });
  await waitForMarks(page, 5);
  // Room above and below the article, so that any figure can be scrolled to any height on screen.
  await page.addStyleTag({ content: 'body { padding: 100vh 0 !important; }' });
  return page;
}

/** Where the card and its figure are, read through the card's shadow root. */
function layout(page: Page, figureIndex: number): Promise<Layout> {
  return page.evaluate((i) => {
    const r = (e: Element): { top: number; bottom: number; left: number; right: number } => {
      const b = e.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    };
    const card = document.querySelector('recount-ui')?.shadowRoot?.querySelector('[role=dialog]');
    return { card: card ? r(card) : null, figure: r(document.querySelectorAll('recount-mark.recount-matched')[i]!), vw: innerWidth, vh: innerHeight };
  }, figureIndex);
}

const insideViewport = (l: Layout): boolean => !!l.card && l.card.top >= 0 && l.card.left >= 0 && l.card.bottom <= l.vh + 0.5 && l.card.right <= l.vw + 0.5;
const coversFigure = (l: Layout): boolean => !!l.card && l.card.top < l.figure.bottom - 0.5 && l.card.bottom > l.figure.top + 0.5 && l.card.left < l.figure.right && l.card.right > l.figure.left;

/** Scrolls figure `i` to `share` of the viewport's height and opens its card with a click. */
async function openCardAt(page: Page, i: number, share: number): Promise<Layout> {
  await page.evaluate(
    ([i, share]) => {
      const m = document.querySelectorAll('recount-mark.recount-matched')[i]!;
      window.scrollTo(0, m.getBoundingClientRect().top + scrollY - innerHeight * share);
    },
    [i, share] as const,
  );
  await page.locator('recount-mark.recount-matched').nth(i).click();
  await page.waitForFunction(() => !!document.querySelector('recount-ui')?.shadowRoot?.querySelector('[role=dialog]'));
  // Placed once it has been measured: the card is drawn, then moved beside the figure.
  await page.waitForFunction(() => (document.querySelector('recount-ui')?.shadowRoot?.querySelector('[role=dialog]') as HTMLElement | null)?.style.maxHeight !== '');
  return layout(page, i);
}

describe.each(VIEWPORTS)('the card at $name', (viewport) => {
  it('is fully inside the viewport beside figures near the top, the middle and the bottom, and never covers them', async () => {
    const page = await openAt(viewport);
    const figure = 2;
    for (const share of [0.05, 0.5, 0.9]) {
      const l = await openCardAt(page, figure, share);
      expect([l.vw, l.vh]).toEqual([viewport.width, viewport.height]);
      expect(insideViewport(l), `figure at ${share} of the height: ${JSON.stringify(l)}`).toBe(true);
      expect(coversFigure(l), `figure at ${share} of the height: ${JSON.stringify(l)}`).toBe(false);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('recount-ui'));
    }
    await page.close();
  });

  it('follows its figure on scroll without covering it, and closes when the figure leaves the screen', async () => {
    const page = await openAt(viewport);
    const figure = 2;
    const before = await openCardAt(page, figure, 0.45);
    await page.mouse.wheel(0, Math.round(viewport.height * 0.2));
    // Wait until the card has moved with its figure.
    await page.waitForFunction((top) => {
      const card = document.querySelector('recount-ui')?.shadowRoot?.querySelector('[role=dialog]');
      return !!card && Math.abs(card.getBoundingClientRect().top - top) > 1;
    }, before.card!.top);
    const after = await layout(page, figure);
    expect(after.figure.top).toBeLessThan(before.figure.top);
    expect(insideViewport(after), JSON.stringify(after)).toBe(true);
    expect(coversFigure(after), JSON.stringify(after)).toBe(false);
    await page.evaluate((i) => window.scrollBy(0, document.querySelectorAll('recount-mark.recount-matched')[i]!.getBoundingClientRect().bottom + 50), figure);
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    await page.close();
  });
});

describe('the card under the keyboard', () => {
  it('keeps Tab inside, and Esc from any focus in it closes it and refocuses the figure', async () => {
    const page = await openAt(VIEWPORTS[0]!);
    const figure = page.locator('recount-mark.recount-matched').nth(1);
    const focusInCard = () => page.evaluate(() => document.activeElement?.tagName === 'RECOUNT-UI');
    const figureFocused = () => figure.evaluate((m) => document.activeElement === m);
    for (const tabs of [0, 1, 2, 3, 7, 15]) {
      await figure.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !!document.querySelector('recount-ui'));
      for (let i = 0; i < tabs; i++) {
        await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
        expect(await focusInCard(), `after ${i + 1} of ${tabs} presses`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('recount-ui'));
      expect(await figureFocused(), `Esc after ${tabs} tabs`).toBe(true);
    }
    // Focus moved to the page by a script while the card is open: Esc still closes it.
    await figure.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('recount-ui'));
    await page.evaluate(() => {
      const a = document.createElement('button');
      a.textContent = 'after';
      document.body.appendChild(a);
      a.focus();
    });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    expect(await figureFocused()).toBe(true);
    await page.close();
  });

  it('announces the verdict in a live region, and "More" opens the details and is remembered', async () => {
    const page = await openAt(VIEWPORTS[0]!);
    const figure = page.locator('recount-mark.recount-matched').nth(1);
    await figure.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/\w+/);
    const more = dialog.getByRole('button', { name: 'More' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await dialog.locator('#recount-card-more').isVisible()).toBe(false);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await dialog.locator('#recount-card-more').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    // Opened again, on another page too, the details are still shown.
    const other = await openAt(VIEWPORTS[0]!);
    await other.locator('recount-mark.recount-matched').nth(1).click();
    await other.getByRole('dialog').waitFor();
    await expect.poll(() => other.getByRole('dialog').locator('#recount-card-more').isVisible()).toBe(true);
    await other.getByRole('button', { name: 'More' }).click();
    await page.close();
    await other.close();
  });

  it('copies a ready "This looks wrong" report on the reader\'s click, and sends nothing', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await openAt(VIEWPORTS[0]!);
    const sent = session.requests.length;
    await page.locator('recount-mark.recount-matched').nth(1).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const more = dialog.getByRole('button', { name: 'More' });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await dialog.getByRole('button', { name: 'This looks wrong' }).click();
    await expect.poll(() => dialog.locator('.wrong-status').textContent()).toContain('Report copied');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    const figure = (await page.locator('recount-mark.recount-matched').nth(1).textContent()) ?? '';
    expect(report).toContain(`Claim: ${figure}`);
    expect(report).toContain(`Page: ${server.origin}/demo/ai-work.en.html`);
    expect(report).toMatch(/^Fact: [a-z0-9-]+ \(.+\)$/m);
    expect(report).toMatch(/^Recount version: \d+\.\d+\.\d+$/m);
    expect(session.requests.slice(sent)).toEqual([]);
    await page.close();
  });
});
