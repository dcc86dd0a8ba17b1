/**
 * A live ticker inside the article (a line with new figures and a clock, replaced many times a
 * second): the claim list stays bounded, claims of lines gone are dropped, and the work spent on
 * the ticker is a fixed number of chunks per minute, counted, not timed.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, openPage, pagePerf, ROOT, serve, waitForMarks, type Session, type StaticServer } from '../harness.ts';

let session: Session;
let server: StaticServer;
beforeAll(async () => {
  session = await launchWithExtension();
  server = await serve({ pages: resolve(ROOT, 'tests/fixtures/pages') });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The budget for content added later (ADDED_CHUNKS_PER_MINUTE); the test runs well within a minute. */
const BUDGET = 20;

it('keeps the claim list and the work per minute bounded under a ticker', async () => {
  const { page, errors } = await openPage(session, `${server.origin}/pages/ticker.en.html?interval=10&ticks=1200`);
  await waitForMarks(page, 3);
  const ticks = (n: number) => page.waitForFunction((m) => (window as unknown as { ticks: number }).ticks >= m, n, { timeout: 45_000 });
  await ticks(400);
  const early = await pagePerf(session, page);
  await ticks(1200);
  const late = await pagePerf(session, page);
  // Claims of replaced lines are dropped: three hundred ticks later the list is no longer.
  expect(late.claims).toBeLessThanOrEqual(early.claims + 2);
  expect(late.claims).toBeLessThan(40);
  // The ticker got its budget and no more; the rest was counted as refused.
  expect(late.addedContent.read).toBeLessThanOrEqual(BUDGET);
  expect(late.addedContent.refused).toBeGreaterThan(0);
  // Every mark left is in the document and of a line still shown.
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('#live-desk recount-mark')).every((m) => m.closest('#live-line')))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
