/**
 * A writer types a paragraph that starts with a figure into an editable box inside the article
 * (real key presses). Recount reads content added elsewhere meanwhile, but the typed text stays
 * exactly as typed, and turning highlights off deletes nothing.
 */
import { expect, it } from 'vitest';
import { setSettings, waitForMarks } from '../harness.ts';
import { browserForFile, addSentinel, DEMO, openHostile } from './hostile-pages.ts';

const browser = browserForFile();

const TYPED = '40% of our staff will be cut. Another 1,200 jobs go in 2026.';

it('leaves what is typed into an editable box exactly as typed, also after highlights are turned off', async () => {
  const { page, errors } = await openHostile(browser.session, 'typing', DEMO);
  await waitForMarks(page, 10);
  const box = page.locator('article .note');
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPED, { delay: 90 });
  // A paragraph the page adds after the typing: once it is marked, the typing has been seen too.
  await addSentinel(page);
  const typed = (): Promise<string> => box.evaluate((el) => (el as HTMLElement).innerText);
  expect(await typed()).toBe(`Look up the 44% bosses survey again.\n${TYPED}`);
  expect(await box.locator('recount-mark').count()).toBe(0);
  // Typing goes on after the first paragraph; then highlights go off.
  await page.keyboard.type(' More soon.', { delay: 90 });
  await setSettings(browser.session, { highlights: false });
  await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
  expect(await typed()).toBe(`Look up the 44% bosses survey again.\n${TYPED} More soon.`);
  expect(errors).toEqual([]);
  await setSettings(browser.session, { highlights: true });
  await page.close();
});

it('leaves a region alone that becomes editable after its figures were marked: turning off loses nothing typed', async () => {
  const { page, errors } = await openHostile(browser.session, 'editable-later', DEMO);
  await waitForMarks(page, 10);
  const para = page.locator('article p', { hasText: 'ResumeBuilder asked 750' });
  expect(await para.locator('recount-mark').count()).toBeGreaterThan(0);
  await para.evaluate((p) => p.setAttribute('contenteditable', 'true'));
  // Type right after the first mark's figure, inside the text Recount cut.
  await para.locator('recount-mark').first().evaluate((m) => {
    const range = document.createRange();
    range.setStartAfter(m);
    range.collapse(true);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    (m.parentElement as HTMLElement).focus();
  });
  await page.keyboard.type(' (typed)', { delay: 60 });
  const text = await para.evaluate((p) => p.textContent);
  expect(text).toContain('(typed)');
  await setSettings(browser.session, { highlights: false });
  await expect.poll(() => page.locator('recount-mark').count()).toBe(0);
  expect(await para.evaluate((p) => p.textContent)).toBe(text);
  expect(errors).toEqual([]);
  await setSettings(browser.session, { highlights: true });
  await page.close();
});
