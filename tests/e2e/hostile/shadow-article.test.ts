/**
 * Part of an article about AI and work rendered by a web component in an open shadow root: its
 * figures are read and highlighted there (with the marks' style inside the root), open their card
 * on a real click, and the shadow root is restored exactly when highlights go off.
 */
import { expect, it } from 'vitest';
import { pageState } from '../harness.ts';
import { browserForFile, DEMO, openHostile } from './hostile-pages.ts';
import { highlightsOff, markupOf, switchHighlights } from './reach.ts';

/** A story box whose paragraphs live in its open shadow root, put after the article's first paragraph by the page's own script. */
const COMPONENT = `<script>
  customElements.define('story-box', class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML =
        '<style>p { font-style: italic; }</style>' +
        '<p id="box-one">Inside the box: the insurer now plans to retrain 2,000 claims handlers for work beside its AI tools.</p>' +
        '<p id="box-two">A union survey found that 7 in 10 members expect AI to change their jobs within 3 years.</p>';
    }
  });
  document.querySelector('article p').after(document.createElement('story-box'));
</script>`;
const PAGE = DEMO.replace('</body>', `${COMPONENT}\n</body>`);

const browser = browserForFile();

it('reads and highlights figures in an open shadow root of the article, and restores it exactly', async () => {
  await highlightsOff(browser.session);
  const { page, errors } = await openHostile(browser.session, 'shadow-article', PAGE);
  await expect.poll(async () => (await pageState(browser.session, page)).isAiWork).toBe(true);
  const pristine = await markupOf(page);
  await switchHighlights(browser.session, page, true);
  const inBox = () => page.evaluate(() => Array.from(document.querySelector('story-box')!.shadowRoot!.querySelectorAll('recount-mark'), (m) => m.textContent));
  await expect.poll(inBox).toEqual(expect.arrayContaining(['2,000']));
  // The marks' style reached into the root: a mark there is drawn as one outside is.
  const styled = await page.evaluate(() => {
    const inside = document.querySelector('story-box')!.shadowRoot!.querySelector('recount-mark')!;
    return getComputedStyle(inside).cursor;
  });
  expect(styled).toBe(await page.evaluate(() => getComputedStyle(document.querySelector('article recount-mark')!).cursor));
  // A real click on the figure inside the root opens its card.
  await page.locator('story-box recount-mark').first().click();
  await page.waitForFunction(() => !!document.querySelector('recount-ui'));
  await switchHighlights(browser.session, page, false);
  expect(await markupOf(page)).toBe(pristine);
  expect(errors).toEqual([]);
  await page.close();
});
