/**
 * A page replaces its article's inside with a page that is not about AI and work (the article
 * element stays). Recount asks its gates again and highlights nothing of the new text.
 */
import { expect, it } from 'vitest';
import { pageState, waitForMarks } from '../harness.ts';
import { browserForFile, DEMO, openHostile, SPORTS_ARTICLE } from './hostile-pages.ts';

const browser = browserForFile();

it('highlights nothing of an off-topic page put into the article in place', async () => {
  const { page, errors } = await openHostile(browser.session, 'spa-offtopic', DEMO);
  await waitForMarks(page, 10);
  await page.evaluate((html) => {
    document.querySelector('article')!.innerHTML = html;
  }, SPORTS_ARTICLE);
  // The new text went through the topic gate again, and failed it.
  await expect.poll(async () => (await pageState(browser.session, page)).isAiWork, { timeout: 15_000 }).toBe(false);
  const state = await pageState(browser.session, page);
  expect(state.highlighted).toBe(false);
  expect(state.claims.every((c) => !c.highlighted)).toBe(true);
  expect(await page.locator('recount-mark').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
