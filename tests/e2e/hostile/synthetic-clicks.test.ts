/**
 * A page script clicks a mark and presses Enter on it with events it made up: no card opens, so
 * nothing of a fact (bundled or imported) is put in the page's DOM for the script to read. A real
 * click on the same mark still opens the card.
 */
import { expect, it } from 'vitest';
import { pageState, waitForMarks } from '../harness.ts';
import { browserForFile, DEMO, openHostile } from './hostile-pages.ts';

const browser = browserForFile();

it('opens no card for synthetic clicks and key presses, and one for a real click', async () => {
  const { page, errors } = await openHostile(browser.session, 'synthetic-clicks', DEMO);
  await waitForMarks(page, 10);
  await page.evaluate(() => {
    const mark = document.querySelector<HTMLElement>('recount-mark.recount-matched')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    mark.click();
  });
  // A round trip through the content script: a card asked for by those events would be open by now.
  await pageState(browser.session, page);
  expect(await page.locator('recount-ui').count()).toBe(0);
  await page.locator('recount-mark.recount-matched').first().click();
  await page.waitForSelector('recount-ui', { state: 'attached', timeout: 10_000 });
  expect(errors).toEqual([]);
  await page.close();
});
