/**
 * A page's own script cannot read what Recount shows: with a card opened by a real click and notes
 * on, the card's and the notes' hosts hide their shadow roots (`shadowRoot` is null), and no fact's
 * words, bundled or imported, are anywhere the script can read them (the document's text and markup,
 * and every shadow root it can reach). The same words are shown in those closed roots, as the
 * DevTools protocol sees them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../../core/registry/bundled-registry.ts';
import { inCard, noteTexts } from '../closed-roots.ts';
import { launchWithExtension, pageState, ROOT, setSettings, waitForMarks, type Session } from '../harness.ts';
import { DEMO, openHostile } from './hostile-pages.ts';

/** The page's own script: what it can find of Recount's hosts and of the given words. */
const READER = `<script>
  window.readRecount = (words) => {
    const hosts = Array.from(document.querySelectorAll('recount-ui, recount-note'));
    // Everything a script can read: the document, and every shadow root it can reach from it.
    const readable = [document.documentElement.textContent, document.documentElement.innerHTML];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        readable.push(el.shadowRoot.textContent, el.shadowRoot.innerHTML);
        visit(el.shadowRoot);
      }
    };
    visit(document);
    return {
      hosts: hosts.map((h) => h.localName),
      open: hosts.filter((h) => h.shadowRoot !== null).map((h) => h.localName),
      found: words.filter((w) => readable.some((r) => r.includes(w))),
    };
  };
</script>`;

/** A paragraph about a made-up bakery that the imported registry's one fact matches. */
const BAKERY = '<p id="bakery">The owners of Crumb &amp; Co say the bakery now runs 37 robots on its night shift.</p>';
const IMPORTED = (JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/registries/good.json'), 'utf8')) as { summary: { en: string } }[])[0]!;

let session: Session;
beforeAll(async () => {
  session = await launchWithExtension();
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('input[name=registry-file]').setInputFiles(resolve(ROOT, 'tests/fixtures/registries/good.json'));
  await options.locator('.registries li').waitFor();
  await options.close();
  await setSettings(session, { highlights: true, overlays: true, disabledSites: [] });
});
afterAll(async () => {
  await session?.close();
});

type Read = { hosts: string[]; open: string[]; found: string[] };
const readAsThePage = (page: Page, words: string[]): Promise<Read> => page.evaluate((w) => (window as unknown as { readRecount: (w: string[]) => Read }).readRecount(w), words);

/** Opens the card of `mark` with a real click; the fact summary it shows, read through the DevTools protocol. */
async function openCard(page: Page, mark: string): Promise<string | null> {
  await page.locator(mark).first().click();
  await page.waitForSelector('recount-ui', { state: 'attached' });
  return inCard(page, (root) => root.querySelector('[role=dialog] .summary')?.textContent ?? null);
}

it('hides the card and the notes from the page: closed roots, and no fact text in what the page can read', async () => {
  const html = DEMO.replace('<p class="editor-note">', `${BAKERY}<p class="editor-note">`).replace('</body>', `${READER}</body>`);
  const { page, errors } = await openHostile(session, 'closed-roots', html);
  await waitForMarks(page, 10);
  await page.waitForSelector('#bakery recount-mark.recount-matched');
  await page.waitForSelector('#bakery recount-note', { state: 'attached' });

  // A bundled fact's card, then the imported fact's, each opened by a real click.
  const state = await pageState(session, page);
  const first = await page.locator('article recount-mark.recount-matched').first().getAttribute('data-recount-claim');
  const bundled = BUNDLED_FACTS.find((f) => f.id === state.claims.find((c) => String(c.index) === first)?.factId);
  expect(bundled, 'the first matched figure is a bundled fact').toBeDefined();
  for (const [mark, summary] of [
    [`recount-mark[data-recount-claim="${first}"]`, bundled!.summary.en],
    ['#bakery recount-mark.recount-matched', IMPORTED.summary.en],
  ] as const) {
    // Shown in the card, and in the notes (the imported fact's own among them)...
    expect(await openCard(page, mark)).toBe(summary);
    const notes = await noteTexts(page);
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.some((n) => n.includes('robots in the demo bakery'))).toBe(true);
    // ...and nowhere the page can read.
    const read = await readAsThePage(page, [summary, ...notes]);
    expect(read.hosts).toContain('recount-ui');
    expect(read.hosts.filter((h) => h === 'recount-note')).toHaveLength(notes.length);
    expect(read.open).toEqual([]);
    expect(read.found).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('recount-ui'));
  }
  expect(errors).toEqual([]);
  await page.close();
});
