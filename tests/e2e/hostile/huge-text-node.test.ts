/**
 * One text node of about 200 kB inside the article, with figures far into it: it is read to its
 * end (in pieces), the figures deep in it are highlighted, and the page is restored exactly.
 */
import { expect, it } from 'vitest';
import { pageState } from '../harness.ts';
import { browserForFile, DEMO, openHostile } from './hostile-pages.ts';
import { highlightsOff, markupOf, switchHighlights } from './reach.ts';

const FILLER = 'Claims staff at the insurer talked about AI and their work all week long. ';
/** ~200 kB in one text node: a figure at about 120 kB and one at its very end. */
const HUGE = `${FILLER.repeat(1_600)}By March the insurer had moved 3,150 staff into new roles. ${FILLER.repeat(1_150)}In the end it cut 4,400 jobs.`;
const PAGE = DEMO.replace(/(<article[^>]*>[\s\S]*?<\/p>)/, `$1\n<p id="huge">${HUGE}</p>`);

const browser = browserForFile();

it('reads a 200 kB text node to its end and highlights the figures far into it', async () => {
  expect(HUGE.length).toBeGreaterThan(200_000);
  await highlightsOff(browser.session);
  const { page, errors } = await openHostile(browser.session, 'huge-text-node', PAGE);
  await expect.poll(async () => (await pageState(browser.session, page)).isAiWork).toBe(true);
  const pristine = await markupOf(page);
  expect(await page.evaluate(() => document.getElementById('huge')!.childNodes.length)).toBe(1);
  await switchHighlights(browser.session, page, true);
  await page.waitForFunction(() => document.querySelectorAll('#huge recount-mark').length >= 2, undefined, { timeout: 15_000 });
  expect(await page.locator('#huge recount-mark').allTextContents()).toEqual(['3,150 staff', '4,400 jobs']);
  expect(await page.evaluate(() => document.getElementById('huge')!.textContent)).toBe(HUGE);
  await switchHighlights(browser.session, page, false);
  expect(await markupOf(page)).toBe(pristine);
  expect(errors).toEqual([]);
  await page.close();
});
