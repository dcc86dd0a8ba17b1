/**
 * The card on screen and under the keyboard, in real Chromium: at 1280×900, 400×800 and 200% zoom
 * (640×450 CSS pixels at device scale factor 2) it stays inside the viewport beside figures near the
 * top, middle and bottom, does not cover its figure after a scroll, and Esc from anywhere in it
 * closes it and gives focus back to the figure.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInCard, inCard } from './closed-roots.ts';
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

/** Where the card is, read through its closed shadow root; null while no card is open. */
const cardRect = (page: Page): Promise<Rect | null> =>
  inCard(page, (root) => {
    const b = root.querySelector('[role=dialog]')?.getBoundingClientRect();
    return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null;
  });

/** Where the card and its figure are. */
async function layout(page: Page, figureIndex: number): Promise<Layout> {
  const card = await cardRect(page);
  const rest = await page.evaluate((i) => {
    const b = document.querySelectorAll('recount-mark.recount-matched')[i]!.getBoundingClientRect();
    return { figure: { top: b.top, bottom: b.bottom, left: b.left, right: b.right }, vw: innerWidth, vh: innerHeight };
  }, figureIndex);
  return { card, ...rest };
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
  await page.waitForSelector('recount-ui', { state: 'attached' });
  // Placed once it has been measured: the card is drawn, then moved beside the figure.
  await expect.poll(() => inCard(page, (root) => root.querySelector<HTMLElement>('[role=dialog]')?.style.maxHeight ?? '')).not.toBe('');
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
    await expect.poll(async () => Math.abs(((await cardRect(page))?.top ?? before.card!.top) - before.card!.top)).toBeGreaterThan(1);
    const after = await layout(page, figure);
    expect(after.figure.top).toBeLessThan(before.figure.top);
    expect(insideViewport(after), JSON.stringify(after)).toBe(true);
    expect(coversFigure(after), JSON.stringify(after)).toBe(false);
    await page.evaluate((i) => window.scrollBy(0, document.querySelectorAll('recount-mark.recount-matched')[i]!.getBoundingClientRect().bottom + 50), figure);
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    await page.close();
  });
});

/** The "More" button's state and whether the details it opens are shown, read in the card's closed root. */
const moreState = (page: Page): Promise<{ expanded: string | null; shown: boolean } | null> =>
  inCard(page, (root) => ({
    expanded: root.querySelector('button.more')?.getAttribute('aria-expanded') ?? null,
    shown: root.querySelector<HTMLElement>('#recount-card-more')?.checkVisibility() ?? false,
  }));

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
    await page.waitForSelector('recount-ui', { state: 'attached' });
    // The live region shown (not the one inside the closed details).
    const announced = (): Promise<string | null> =>
      inCard(page, (root) => Array.from(root.querySelectorAll('[role=dialog] [role=status]')).filter((e) => !e.closest('[hidden]')).map((e) => e.textContent).join(' '));
    await expect.poll(announced).toMatch(/\w+/);
    expect(await moreState(page)).toEqual({ expanded: 'false', shown: false });
    await clickInCard(page, 'button.more', 'More');
    await expect.poll(() => moreState(page)).toEqual({ expanded: 'true', shown: true });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
    // Opened again, on another page too, the details are still shown.
    const other = await openAt(VIEWPORTS[0]!);
    await other.locator('recount-mark.recount-matched').nth(1).click();
    await other.waitForSelector('recount-ui', { state: 'attached' });
    await expect.poll(() => moreState(other)).toEqual({ expanded: 'true', shown: true });
    await clickInCard(other, 'button.more', 'More');
    await expect.poll(() => moreState(other)).toEqual({ expanded: 'false', shown: false });
    await page.close();
    await other.close();
  });

  it('copies a ready "This looks wrong" report on the reader\'s click, and sends nothing', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await openAt(VIEWPORTS[0]!);
    const sent = session.requests.length;
    await page.locator('recount-mark.recount-matched').nth(1).click();
    await page.waitForSelector('recount-ui', { state: 'attached' });
    if ((await moreState(page))?.expanded !== 'true') await clickInCard(page, 'button.more', 'More');
    await clickInCard(page, 'button', 'This looks wrong');
    await expect.poll(() => inCard(page, (root) => root.querySelector('.wrong-status')?.textContent ?? '')).toContain('Report copied');
    const report = await page.evaluate(() => navigator.clipboard.readText());
    const figure = (await page.locator('recount-mark.recount-matched').nth(1).textContent()) ?? '';
    expect(report).toContain(`Claim: ${figure}`);
    expect(report).toContain(`Page: ${server.origin}/demo/ai-work.en.html`);
    expect(report).toMatch(/^Fact: [a-z0-9-]+ \(.+\)$/m);
    expect(report).toMatch(/^Recount version: \d+\.\d+\.\d+$/m);
    // Nothing but the card's own UI, loaded from the extension when the card first opened.
    expect(session.requests.slice(sent).filter((u) => !/^chrome-extension:\/\/[^/]+\/content-card\.js$/.test(u))).toEqual([]);
    await page.close();
  });
});
