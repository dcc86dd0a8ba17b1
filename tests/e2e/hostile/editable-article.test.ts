/** An article that is itself contenteditable (an editor's preview, a CMS) is never marked. */
import { expect, it } from 'vitest';
import { pageState } from '../harness.ts';
import { browserForFile, DEMO, openHostile } from './hostile-pages.ts';

const browser = browserForFile();

for (const [name, html] of [
  ['editable-article', DEMO.replace('<article>', '<article contenteditable="true">')],
  ['editable-article-plaintext', DEMO.replace('<article>', '<article contenteditable="plaintext-only">')],
  ['design-mode', DEMO.replace('</body>', '<script>document.designMode = "on"</script></body>')],
] as const) {
  it(`marks nothing and changes nothing in ${name}`, async () => {
    const { page, errors } = await openHostile(browser.session, name, html);
    const before = await page.evaluate(() => document.body.innerHTML);
    // The popup's question reads the whole article, in turn after the first pass.
    const state = await pageState(browser.session, page);
    expect(state.isArticle).toBe(true);
    expect(state.claims).toHaveLength(0);
    expect(await page.locator('recount-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
}
