/**
 * A page re-renders its article with `innerHTML = innerHTML`, so every mark becomes a copy Recount
 * did not make. Turning highlights off leaves no mark, and no button, behind.
 */
import { expect, it } from 'vitest';
import { setSettings, waitForMarks } from '../harness.ts';
import { browserForFile, DEMO, openHostile } from './hostile-pages.ts';

const browser = browserForFile();

it('leaves no orphan marks after highlights are turned off', async () => {
  const { page, errors } = await openHostile(browser.session, 'reserialise', DEMO);
  await waitForMarks(page, 10);
  const text = await page.evaluate(() => {
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML;
    return article.textContent;
  });
  await setSettings(browser.session, { highlights: false });
  await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
  expect(await page.locator('[role=button][data-recount-claim]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(text);
  expect(errors).toEqual([]);
  await setSettings(browser.session, { highlights: true });
  await page.close();
});
