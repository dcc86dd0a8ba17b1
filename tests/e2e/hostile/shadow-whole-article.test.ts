/**
 * An article whose whole text sits in the open shadow root of a web component (`<news-article>`),
 * the page's own DOM holding little more than its navigation: the gates see the root, its figures
 * are highlighted there and restored exactly, and what the page adds to an open shadow root of the
 * article later is read as any added content is (a MutationObserver does not cross into the root).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { pageState } from '../harness.ts';
import { browserForFile, DEMO, openHostile, SENTINEL } from './hostile-pages.ts';
import { highlightsOff, markupOf, switchHighlights } from './reach.ts';

/** The demo article's inside, rendered by the page's script into `<news-article>`'s open shadow root. */
const DEMO_ARTICLE = /<article>([\s\S]*?)<\/article>/.exec(DEMO)![1]!;
const COMPONENT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>
<nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<news-article></news-article>
<footer>© News</footer>
<script>
  customElements.define('news-article', class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(DEMO_ARTICLE)};
    }
  });
</script>
</body></html>`;

/** The demo article with a story box after its first paragraph, whose paragraph lives in the box's open shadow root. */
const BOX_PAGE = DEMO.replace('</body>', `<script>
  customElements.define('story-box', class extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<p>Inside the box: a union survey found that 7 in 10 members expect AI to change their jobs.</p>';
    }
  });
  document.querySelector('article p').after(document.createElement('story-box'));
</script>
</body>`);

/** Adds the sentinel paragraph inside the open shadow root of the page's `host` element, as the page's own script would. */
const addInRoot = (page: Page, host: string): Promise<void> =>
  page.evaluate(([selector, text]) => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = text!;
    document.querySelector(selector!)!.shadowRoot!.appendChild(p);
  }, [host, SENTINEL]);

const browser = browserForFile();

it('reads an article kept whole in an open shadow root, marks it there, and restores it exactly', async () => {
  await highlightsOff(browser.session);
  const { page, errors } = await openHostile(browser.session, 'shadow-whole-article', COMPONENT_PAGE);
  const state = await pageState(browser.session, page);
  expect([state.isArticle, state.isAiWork]).toEqual([true, true]);
  const pristine = await markupOf(page);
  await switchHighlights(browser.session, page, true);
  const inRoot = () => page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelectorAll('recount-mark').length);
  expect(await inRoot()).toBeGreaterThan(5);
  // Content the page adds to the root later is read and marked.
  await addInRoot(page, 'news-article');
  await page.waitForFunction(() => !!document.querySelector('news-article')!.shadowRoot!.querySelector('#added recount-mark'), undefined, { timeout: 15_000 });
  await page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelector('#added')!.remove());
  await switchHighlights(browser.session, page, false);
  expect(await markupOf(page)).toBe(pristine);
  expect(errors).toEqual([]);
  await page.close();
});

it('reads what the page adds later to an open shadow root inside a light article', async () => {
  await highlightsOff(browser.session);
  const { page, errors } = await openHostile(browser.session, 'shadow-added', BOX_PAGE);
  await expect.poll(async () => (await pageState(browser.session, page)).isAiWork).toBe(true);
  await switchHighlights(browser.session, page, true);
  await addInRoot(page, 'story-box');
  await page.waitForFunction(() => !!document.querySelector('story-box')!.shadowRoot!.querySelector('#added recount-mark'), undefined, { timeout: 15_000 });
  expect(errors).toEqual([]);
  await page.close();
});
