/**
 * A page re-renders its article with `innerHTML = innerHTML`, so every mark becomes a copy Recount
 * did not make. Turning highlights off leaves no mark, and no button, behind.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, setSettings, waitForMarks, type Session } from '../harness.ts';
import { DEMO, openHostile } from './hostile-pages.ts';

let session: Session;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

it('leaves no orphan marks after highlights are turned off', async () => {
  const { page, errors } = await openHostile(session, 'reserialise', DEMO);
  await waitForMarks(page, 10);
  const text = await page.evaluate(() => {
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML;
    return article.textContent;
  });
  await setSettings(session, { highlights: false });
  await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
  expect(await page.locator('[role=button][data-recount-claim]').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelector('article')!.textContent)).toBe(text);
  expect(errors).toEqual([]);
  await setSettings(session, { highlights: true });
  await page.close();
});
