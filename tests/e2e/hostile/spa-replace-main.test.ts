/**
 * A single-page app moves to another article: it pushes a new address and replaces <main>. Recount
 * reads the new article from scratch (new gates, new claims and marks), and the popup lists only it.
 */
import { expect, it } from 'vitest';
import { pageState, waitForMarks } from '../harness.ts';
import { browserForFile, DEMO, openHostile, OTHER_ARTICLE } from './hostile-pages.ts';

const browser = browserForFile();

const APP = `<script>
  window.goNext = (html) => {
    history.pushState({}, '', '/hostile/next-article.html');
    const main = document.createElement('main');
    main.id = 'next';
    main.innerHTML = '<article>' + html + '</article>';
    document.querySelector('main').replaceWith(main);
  };
</script>`;

it('reads the next article after a History API navigation that replaces <main>', async () => {
  const { page, errors } = await openHostile(browser.session, 'spa-main', DEMO.replace('</head>', `${APP}</head>`));
  await waitForMarks(page, 10);
  await page.evaluate((html) => (window as unknown as { goNext(h: string): void }).goNext(html), OTHER_ARTICLE);
  await page.waitForFunction(() => document.querySelectorAll('main#next recount-mark').length >= 3, undefined, { timeout: 15_000 });
  const state = await pageState(browser.session, page);
  expect(state.url).toMatch(/next-article\.html$/);
  expect(state.isAiWork).toBe(true);
  const text = await page.evaluate(() => document.querySelector('main#next')!.textContent!);
  // Only the new article's claims: none of the old one is listed.
  expect(state.claims.length).toBeGreaterThan(2);
  for (const claim of state.claims) expect(text).toContain(claim.text);
  expect(await page.locator('recount-mark').count()).toBe(await page.locator('main#next recount-mark').count());
  expect(errors).toEqual([]);
  await page.close();
});
