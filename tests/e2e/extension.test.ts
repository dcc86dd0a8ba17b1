/**
 * The built extension in real Chromium, on pages served from 127.0.0.1: highlights, the card,
 * overlays, the popup and its toggles, exact restoration, later content, and no requests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cardText, inCard, noteTexts } from './closed-roots.ts';
import { launchWithExtension, openPage, openPopupFor, runAxe, pagePerf, pageState, ROOT, serve, setSettings, waitForMarks, type Session, type StaticServer } from './harness.ts';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serve({ demo: resolve(ROOT, 'assets/demo'), pages: resolve(ROOT, 'tests/fixtures/pages') });
  session = await launchWithExtension();
});
// Every test starts from the default settings, whatever the one before it changed or failed at.
afterEach(async () => {
  await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const DEMO_ID = () => `${server.origin}/demo/ai-work.id.html`;
const DEMO_EN = () => `${server.origin}/demo/ai-work.en.html`;


describe('on the Indonesian demo article', () => {
  it('highlights the article figures, and nothing in fields, code or furniture', async () => {
    const { page, errors } = await openPage(session, DEMO_ID());
    await waitForMarks(page, 10);
    const matched = await page.locator('recount-mark.recount-matched').allTextContents();
    for (const t of ['dari 10% menjadi 90%', '500 MW', 'hampir 40%', 'sepuluh hingga dua puluh tahun']) expect(matched.some((m) => m.includes(t)), t).toBe(true);
    expect(await page.locator('recount-mark.recount-figure').count()).toBeGreaterThan(0);
    const misplaced = await page.evaluate(() =>
      Array.from(document.querySelectorAll('recount-mark')).filter((m) => m.closest('aside, nav, footer, header:not(article header), form, textarea, [contenteditable], pre, code, .comments')).length,
    );
    expect(misplaced).toBe(0);
    expect(await page.inputValue('input')).toBe('40% pekerjaan');
    expect(await page.locator('textarea').inputValue()).toContain('90% superkomputer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the TOP500 card on click and on Enter, shows the correction, and closes on Esc or a click outside', async () => {
    const { page } = await openPage(session, DEMO_ID());
    await waitForMarks(page, 10);
    const mark = page.locator('recount-mark.recount-matched', { hasText: 'dari 10% menjadi 90%' }).first();
    await mark.click();
    await expect.poll(() => cardText(page)).not.toBeNull();
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('TOP500');
    expect(text).toContain('145'); // what the list shows for November 2019
    expect(text).toContain('71');
    // The card leads with the verdict on this claim, then the fact's usual verdict as context.
    const card = await inCard(page, (root) => {
      const d = root.querySelector('[role=dialog]')!;
      return {
        check: d.querySelector('.check')?.getAttribute('data-check'),
        status: d.querySelector('.check-status')?.textContent,
        verdict: d.querySelector('.verdict')?.textContent,
        links: d.querySelectorAll('a[target=_blank]').length,
        charts: d.querySelectorAll('svg').length,
      };
    });
    expect(card).toMatchObject({ check: 'differs', status: 'Differs from the source', verdict: 'Inaccurate', charts: 1 });
    expect(card!.links).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    // Focus returns to the figure, and Enter opens it again.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('RECOUNT-MARK');
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page)).not.toBeNull();
    await page.mouse.click(5, 5);
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('reaches every highlight by keyboard', async () => {
    const { page } = await openPage(session, DEMO_ID());
    const n = await waitForMarks(page, 10);
    const stops = await page.evaluate(() => new Set(Array.from(document.querySelectorAll('recount-mark[tabindex="0"]')).map((m) => (m as HTMLElement).dataset.recountClaim)).size);
    const claims = await page.evaluate(() => new Set(Array.from(document.querySelectorAll('recount-mark')).map((m) => (m as HTMLElement).dataset.recountClaim)).size);
    expect(stops).toBe(claims);
    expect(n).toBeGreaterThanOrEqual(claims);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'RECOUNT-MARK');
    }
    expect(reached).toBe(true);
    await page.close();
  });

  it('lists the claims in the popup, and its toggles apply to the open tab and restore the DOM exactly', async () => {
    await setSettings(session, { highlights: false, overlays: false, disabledSites: [] });
    const { page, errors } = await openPage(session, DEMO_ID());
    await expect.poll(async () => (await pageState(session, page)).isAiWork).toBe(true);
    const pristine = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await page.locator('recount-mark').count()).toBe(0);

    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('.claims > li');
    const state = await pageState(session, page);
    expect(await popup.locator('.claims > li').count()).toBe(state.claims.length);
    // Checked figures first, each fact's figures together, its context shown once.
    const order = await popup.locator('.claims > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.fact ?? ''));
    const facts = order.filter(Boolean);
    expect(order.slice(0, facts.length)).toEqual(facts);
    expect(facts.filter((f, i) => i > 0 && facts[i - 1] !== f && facts.slice(0, i).includes(f))).toEqual([]);
    expect(await popup.locator('.claims > li[data-fact="top500-cpu-gpu-share"] details').count()).toBe(1);
    const top = popup.locator('.claims > li[data-fact="top500-cpu-gpu-share"]').first();
    expect(await top.locator('.check-status').textContent()).toBe('Differs from the source');
    expect(await top.locator('.verdict').textContent()).toBe('Inaccurate');
    await top.locator('summary').click();
    expect(await top.locator('details').textContent()).toContain('145');
    expect(await popup.locator('[data-status=article]').textContent()).toBe('Article');
    expect(await popup.locator('[data-status=ai-work]').textContent()).toBe('About AI and work');

    await popup.locator('input[name=highlights]').check();
    await waitForMarks(page, 10);
    await popup.locator('input[name=overlays]').check();
    await expect.poll(() => page.locator('recount-note').count()).toBeGreaterThan(5);
    const note = (await noteTexts(page))[0];
    expect(note && note.length > 20).toBe(true);

    // "Show in page" scrolls to and focuses the figure.
    await top.locator('button.show').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent ?? '')).toMatch(/90%|15%|10%/);

    await popup.locator('input[name=overlays]').uncheck();
    await expect.poll(() => page.locator('recount-note').count()).toBe(0);
    await popup.locator('input[name=site-off]').check();
    await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    await popup.locator('input[name=site-off]').uncheck();
    await waitForMarks(page, 10);
    await popup.locator('input[name=highlights]').uncheck();
    await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('has no accessibility violations in highlights, card and popup', async () => {
    const { page } = await openPage(session, DEMO_ID());
    await waitForMarks(page, 10);
    await page.locator('recount-mark.recount-matched').first().click();
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(await runAxe(page, ['recount-mark', 'recount-ui'])).toEqual([]);
    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('.claims > li');
    await popup.locator('.claims details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await runAxe(popup, ['body'])).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('on other pages', () => {
  it('shows the English demo article in English', async () => {
    const { page, errors } = await openPage(session, DEMO_EN());
    await waitForMarks(page, 10);
    await page.locator('recount-mark.recount-matched', { hasText: '500 MW' }).first().click();
    await expect.poll(() => cardText(page)).toContain('Humain');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads the card's UI only when a figure is first opened, at a per-session address, and opens it on that first Enter", async () => {
    const before = session.requests.length;
    const { page, errors } = await openPage(session, DEMO_EN());
    await waitForMarks(page, 10);
    await expect.poll(async () => (await pagePerf(session, page)).done).toBe(true);
    const cardModule = (): string[] => session.requests.slice(before).filter((u) => u.endsWith('/content-card.js'));
    // Marks, their labels and the keyboard path are there without it.
    const mark = page.locator('recount-mark.recount-matched', { hasText: '500 MW' }).first();
    expect(await mark.getAttribute('aria-label')).toBeTruthy();
    expect(cardModule()).toEqual([]);
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cardText(page)).toContain('Humain');
    // Imported once, at its per-session address (Chromium then serves it from the extension's own).
    expect(cardModule().filter((u) => !u.includes(session.extensionId))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a sports report full of percentages alone', async () => {
    for (const file of ['sports.en.html', 'sports.id.html']) {
      const { page, errors } = await openPage(session, `${server.origin}/pages/${file}`);
      await expect.poll(async () => (await pageState(session, page)).isArticle).toBe(true);
      const state = await pageState(session, page);
      expect(state.isAiWork).toBe(false);
      expect(state.highlighted).toBe(false);
      expect(await page.locator('recount-mark').count()).toBe(0);
      // The popup says why nothing is highlighted.
      const popup = await openPopupFor(session, page);
      await popup.locator('.why').waitFor();
      expect(await popup.locator('.why').textContent()).toBe('Nothing is highlighted: this article is not about AI and work.');
      await popup.close();
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('highlights article content added later', async () => {
    const { page, errors } = await openPage(session, `${server.origin}/pages/ai-work-short.en.html`);
    await waitForMarks(page, 3);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('recount-mark')).some((m) => m.textContent?.includes('2,000')), null, { timeout: 10000 });
    // Added text written with number words only is read too.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('recount-mark')).some((m) => m.textContent?.includes('two-thirds')), null, { timeout: 10000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a long article as far as the reader scrolls, and all of it when the popup asks', async () => {
    // The English demo article, twelve times over: many screens of figures.
    const demo = readFileSync(resolve(ROOT, 'assets/demo/ai-work.en.html'), 'utf8');
    const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(demo)![1]!;
    const long = demo.replace(body, Array.from({ length: 12 }, () => body).join('\n'));
    const url = `${server.origin}/long/ai-work.en.html`;
    const page = await session.context.newPage();
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: long }));
    await page.goto(url, { waitUntil: 'load' });
    await waitForMarks(page, 3);
    await expect.poll(async () => (await pagePerf(session, page)).done).toBe(true);
    const atLoad = await pagePerf(session, page);
    const farthest = () => page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('recount-mark')).map((m) => m.getBoundingClientRect().top + scrollY)) / innerHeight);
    // Read to about a screen below the viewport, plus the chunk that crosses that line (3,000
    // characters: up to about two and a half screens in this layout), not to the end of the article.
    expect(await farthest()).toBeLessThan(5);
    const pageScreens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    expect(pageScreens).toBeGreaterThan(10);
    // Scrolling down reads on.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(farthest, { timeout: 10000 }).toBeGreaterThan(pageScreens / 2);
    const scrolled = await pagePerf(session, page);
    expect(scrolled.claims).toBeGreaterThan(atLoad.claims);
    // The popup lists every claim of the article, and all of them are highlighted.
    const state = await pageState(session, page);
    expect(state.claims.length).toBeGreaterThan(scrolled.claims);
    expect(state.claims.every((c) => c.highlighted)).toBe(true);
    expect(await farthest()).toBeGreaterThan(pageScreens - 3);
    await page.close();
  });

  it('finds a list that does not add up to its total across two chunks, and shows the sum in the popup and the card', async () => {
    // The page's list is cut between two chunks of reading; its total is stated above it, in the first.
    const { page, errors } = await openPage(session, `${server.origin}/pages/arithmetic.id.html`);
    await waitForMarks(page, 3);
    const note = '1.240 + 2.310 + 860 + 1.475 + 640 + 515 + 388 + 702 + 455 + 415 = 9.000, bukan 9.012';
    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('.claims > li');
    const total = popup.locator('.claims > li', { hasText: '9.012 orang' });
    expect(await total.locator('.arithmetic').textContent()).toBe(`Does not add up: ${note}`);
    expect(await popup.locator('.claims > li .arithmetic').count()).toBe(1);
    await popup.close();
    await page.locator('recount-mark', { hasText: '9.012 orang' }).first().click();
    await expect.poll(() => inCard(page, (root) => root.querySelector('[role=dialog] .arithmetic')?.textContent)).toBe(`Does not add up: ${note}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no request to anything but the test server and itself', () => {
    // The reader and the card's UI are imported from the extension itself, at their per-session (dynamic) URLs.
    const own = (u: string): boolean => u.startsWith(`chrome-extension://${session.extensionId}/`) || /^chrome-extension:\/\/[^/]+\/content-(reader|card)\.js$/.test(u);
    const foreign = session.requests.filter((u) => !u.startsWith(server.origin) && !own(u));
    expect(session.requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });
});

describe('in Indonesian', () => {
  it('speaks Indonesian in the popup when the browser does', async () => {
    const id = await launchWithExtension({ locale: 'id' });
    try {
      const { page } = await openPage(id, DEMO_ID());
      await waitForMarks(page, 10);
      const popup = await openPopupFor(id, page);
      await popup.waitForSelector('.claims > li');
      expect(await popup.locator('[data-status=article]').textContent()).toBe('Artikel');
      expect(await popup.locator('.claims > li[data-fact="top500-cpu-gpu-share"] .verdict').first().textContent()).toBe('Tidak akurat');
    } finally {
      await id.close();
    }
  });
});

describe('readers\' own registries', () => {
  it('imports a good file, refuses a broken and a hostile one, loses nothing, and can switch off and remove', async () => {
    const options = await session.context.newPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(String(e)));
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const input = options.locator('input[name=registry-file]');
    const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/registries', name);

    await input.setInputFiles(fixture('good.json'));
    await expect.poll(() => options.locator('.registries li').count()).toBe(1);
    expect(await options.locator('.report.ok').textContent()).toContain('good.json');

    for (const bad of ['broken.json', 'hostile.json']) {
      await input.setInputFiles(fixture(bad));
      await options.locator(`.report.failed[data-file="${bad}"]`).waitFor();
      expect(await options.locator('.registries li').count()).toBe(1); // the earlier import is intact
    }
    const hostileReport = (await options.locator('.report.failed[data-file="hostile.json"]').textContent()) ?? '';
    expect(hostileReport).toContain('__proto__');
    expect(hostileReport).toContain('sources[0].url');
    expect(await options.locator('img, script:not([src])').count()).toBe(0);

    // The imported fact is used on pages: a sentence about the made-up bakery matches it.
    const w = await session.worker();
    const stored = await w.evaluate(async () => (await chrome.storage.local.get('registries')).registries as { name: string; enabled: boolean }[]);
    expect(stored.map((r) => [r.name, r.enabled])).toEqual([['good.json', true]]);

    await options.locator('.registries input[type=checkbox]').uncheck();
    await expect.poll(async () => (await w.evaluate(async () => (await chrome.storage.local.get('registries')).registries as { enabled: boolean }[]))[0]!.enabled).toBe(false);
    await options.locator('.registries button').click();
    await expect.poll(() => options.locator('.registries li').count()).toBe(0);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('shows a page\'s own ClaimReview in the popup', async () => {
    const { page } = await openPage(session, `${server.origin}/pages/ai-work-short.en.html`);
    await waitForMarks(page, 3);
    const popup = await openPopupFor(session, page);
    await popup.waitForSelector('.page-reviews');
    expect(await popup.locator('.page-reviews').textContent()).toContain('Unsupported (Example Fact Desk)');
    await popup.close();
    await page.close();
  });
});
