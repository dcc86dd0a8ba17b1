/**
 * An article about AI and work shown in a same-origin iframe of a page that is no article itself
 * (an app shell around its story): the top frame reads the frame's document itself, highlights
 * there, and restores it exactly. A frame in an ad slot is never read.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { inCard } from '../closed-roots.ts';
import { launchWithExtension, pageState, type Session } from '../harness.ts';
import { DEMO, openHostile } from './hostile-pages.ts';
import { highlightsOff, markupOf, switchHighlights } from './reach.ts';

const ARTICLE_URL = 'http://127.0.0.1/hostile/framed-story.html';
const AD = `<div class="ad-slot"><iframe id="ad" srcdoc="<p>Limited offer: 50% off for 1,000 AI and work readers, jobs of 2026.</p>"></iframe></div>`;
const shell = (frame: string): string => `<!doctype html><html lang="en"><head><title>Story viewer</title></head>
<body><header><nav><a href="/">Home</a> <a href="/latest">Latest</a></nav></header>
<main>${frame}</main>${AD}<footer>Story viewer</footer></body></html>`;
const escapeAttr = (html: string): string => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

let session: Session;
beforeAll(async () => {
  session = await launchWithExtension();
  await session.context.route(ARTICLE_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: DEMO }));
});
afterAll(async () => {
  await session?.close();
});

const storyFrame = (page: Page): Frame => page.frames().find((f) => f !== page.mainFrame() && f.name() === 'story')!;

for (const [how, frame] of [
  ['served from the same origin', `<iframe name="story" src="${ARTICLE_URL}" style="width:100%;height:2000px"></iframe>`],
  ['written into srcdoc', `<iframe name="story" srcdoc="${escapeAttr(DEMO)}" style="width:100%;height:2000px"></iframe>`],
] as const) {
  it(`highlights an article in a same-origin frame ${how}, leaves the ad frame alone, and restores the frame exactly`, async () => {
    await highlightsOff(session);
    const { page, errors } = await openHostile(session, `frame-${how.split(' ')[0]}`, shell(frame));
    const story = storyFrame(page);
    await expect.poll(async () => (await pageState(session, page)).isAiWork, { timeout: 15_000 }).toBe(true);
    const pristine = await markupOf(story);
    const top = await markupOf(page);
    await switchHighlights(session, page, true);
    await story.waitForFunction(() => document.querySelectorAll('recount-mark').length >= 10, undefined, { timeout: 15_000 });
    expect(await page.locator('recount-mark').count()).toBe(0);
    const ad = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f !== story)!;
    expect(await ad.evaluate(() => document.querySelectorAll('recount-mark').length)).toBe(0);
    // A real click on a figure in the frame opens its card there.
    await story.locator('recount-mark.recount-matched').first().click();
    await story.waitForFunction(() => !!document.querySelector('recount-ui'));
    await switchHighlights(session, page, false);
    expect(await markupOf(story)).toBe(pristine);
    expect(await markupOf(page)).toBe(top);
    expect(errors).toEqual([]);
    await page.close();
  });
}

it('gives the embedding page\'s address, not about:srcdoc, in the "This looks wrong" report of a figure in a srcdoc frame', async () => {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1' });
  await highlightsOff(session);
  const { page, errors } = await openHostile(session, 'frame-report', shell(`<iframe name="story" srcdoc="${escapeAttr(DEMO)}" style="width:100%;height:2000px"></iframe>`));
  const story = storyFrame(page);
  await switchHighlights(session, page, true);
  await story.waitForFunction(() => document.querySelectorAll('recount-mark.recount-matched').length > 0, undefined, { timeout: 15_000 });
  await story.locator('recount-mark.recount-matched').first().click();
  await story.waitForFunction(() => !!document.querySelector('recount-ui'));
  // The card lives in the frame's document, in a closed root (reached over the DevTools protocol).
  await inCard(page, (root) => {
    const more = root.querySelector<HTMLButtonElement>('button.more');
    if (more?.getAttribute('aria-expanded') !== 'true') more?.click();
  });
  await expect.poll(() => inCard(page, (root) => !!root.querySelector('.wrong-button'))).toBe(true);
  await inCard(page, (root) => root.querySelector<HTMLButtonElement>('.wrong-button')!.click());
  // Copied, or (where the clipboard refuses) shown for the reader to copy.
  const shown = () => inCard(page, (root) => root.querySelector('textarea')?.value || (root.querySelector('.wrong-status')?.textContent ? 'copied' : ''));
  await expect.poll(shown).not.toBe('');
  const report = (await shown()) === 'copied' ? await page.evaluate(() => navigator.clipboard.readText()) : ((await shown()) ?? '');
  expect(report).toContain('Page: http://127.0.0.1/hostile/frame-report.html');
  expect(report).not.toContain('about:srcdoc');
  expect(errors).toEqual([]);
  await page.close();
});
