/**
 * The notes Recount puts in the text: one per fact per paragraph, after the sentence, with a
 * visible "Recount" label, and readable in a 400 px wide window.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteTexts } from './closed-roots.ts';
import { launchWithExtension, openPage, pageState, ROOT, serve, setSettings, waitForMarks, type Session, type StaticServer } from './harness.ts';

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serve({ demo: resolve(ROOT, 'assets/demo') });
  session = await launchWithExtension();
  await setSettings(session, { highlights: true, overlays: true, disabledSites: [] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('overlays', () => {
  for (const file of ['ai-work.en.html', 'ai-work.id.html']) {
    it(`give one labelled note per fact per paragraph, after the sentence (${file})`, async () => {
      const { page, errors } = await openPage(session, `${server.origin}/demo/${file}`);
      await page.setViewportSize({ width: 400, height: 800 });
      await waitForMarks(page, 5);
      await page.waitForFunction(() => document.querySelectorAll('recount-note').length > 0);
      const state = await pageState(session, page);
      const factOf = Object.fromEntries(state.claims.map((c) => [String(c.index), c.factId]));
      const seen = await page.evaluate((facts) => {
        const all = Array.from(document.querySelectorAll('recount-note'));
        const blocks = new Set(Array.from(document.querySelectorAll('recount-mark.recount-matched')).map((m) => m.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, td')!));
        return Array.from(blocks).map((b) => {
          const wanted = new Set(Array.from(b.querySelectorAll<HTMLElement>('recount-mark.recount-matched')).map((m) => facts[m.dataset.recountClaim!]).filter(Boolean));
          const notes = Array.from(b.querySelectorAll('recount-note')).map((n) => {
            const before = document.createRange();
            before.setStart(b, 0);
            before.setEndBefore(n);
            const r = n.getBoundingClientRect();
            return {
              label: getComputedStyle(n, '::before').content,
              at: all.indexOf(n),
              endsSentence: /[.!?…]["'”’»)\]]*\s*$/.test(before.toString()) || n.nextSibling === null || !/\S/.test(n.nextSibling.textContent ?? ''),
              fits: r.left >= 0 && r.right <= innerWidth + 0.5,
            };
          });
          return { facts: wanted.size, notes };
        });
      }, factOf);
      // The notes' words, which live in their hosts' closed shadow roots, in document order.
      const texts = await noteTexts(page);
      expect(texts).toHaveLength(await page.locator('recount-note').count());
      expect(seen.length).toBeGreaterThan(2);
      const label = 'Recount'; // the interface's language (this browser's, English), whatever the article's
      for (const block of seen) {
        expect(block.notes.length).toBe(block.facts);
        for (const n of block.notes) {
          const text = texts[n.at] ?? '';
          expect(n.label).toContain(label);
          expect(text.length).toBeGreaterThan(20);
          expect(n.endsSentence, text).toBe(true);
          expect(n.fits, text).toBe(true);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
