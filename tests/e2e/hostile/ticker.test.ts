/**
 * A live ticker inside the article (a line with new figures and a clock, replaced many times a
 * second): the claim list stays bounded, claims of lines gone are dropped, and the ticker's
 * container is read a few times, then passed over while it keeps changing: counted, not timed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REWRITES_READ, SETTLE_MS } from '../../../extension/tab/churn-guard.ts';
import { launchWithExtension, openPage, pagePerf, ROOT, waitForMarks, type Session } from '../harness.ts';

/** The live desk, inside the article after its last paragraph: a headline with a clock, and a line of figures. */
const DESK = `<div id="live-desk" class="update">
          <p><strong>Live from the trading desk</strong> <time id="live-clock">09:00:00</time></p>
          <p id="live-line">Northwind shares opened 1.2% higher; 240 jobs were listed on its careers page this morning.</p>
        </div>`;

/** Every tick replaces the line (with new figures) and the clock; ?interval=<ms> sets the pace, ?ticks=<n> stops after n. */
const TICKER = `<script>
  // A live ticker and clock inside the article: every tick replaces the line (with new figures)
  // and the clock. One tick a second by default; ?interval=<ms> for tests; ?ticks=<n> stops after n.
  (function () {
    var params = new URLSearchParams(location.search);
    var interval = Number(params.get('interval')) || 1000;
    var limit = Number(params.get('ticks')) || Infinity;
    window.ticks = 0;
    var timer = setInterval(function () {
      var n = ++window.ticks;
      var clock = document.getElementById('live-clock');
      clock.textContent = new Date(Date.UTC(2025, 0, 1, 9, 0, n)).toISOString().slice(11, 19);
      document.getElementById('live-line').outerHTML = '<p id="live-line">Update ' + n + ': Northwind shares moved ' + (n % 7) + '.' + (n % 10) + '% and ' + (200 + n) + ' more jobs were listed on its careers page.</p>';
      if (n >= limit) clearInterval(timer);
    }, interval);
  })();
</script>`;

/** The short AI-and-work article with the live desk and its ticker, served at URL_BASE. */
const URL_BASE = 'http://127.0.0.1/hostile/ticker.html';
const tickerPage = readFileSync(resolve(ROOT, 'tests/fixtures/pages/ai-work-short.en.html'), 'utf8')
  .replace('</article>', `${DESK}\n      </article>`)
  .replace('</body>', `${TICKER}\n</body>`);

let session: Session;
beforeAll(async () => {
  session = await launchWithExtension();
  await session.context.route(`${URL_BASE}*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: tickerPage }));
});
afterAll(async () => {
  await session?.close();
});


it('keeps the claim list and the work per minute bounded under a ticker', async () => {
  const { page, errors } = await openPage(session, `${URL_BASE}?interval=10&ticks=1200`);
  await waitForMarks(page, 3);
  const ticks = (n: number) => page.waitForFunction((m) => (window as unknown as { ticks: number }).ticks >= m, n, { timeout: 45_000 });
  await ticks(400);
  const pageClock = () => page.evaluate(() => performance.now());
  const [early, earlyAt] = [await pagePerf(session, page), await pageClock()];
  await ticks(1200);
  const [late, lateAt] = [await pagePerf(session, page), await pageClock()];
  // Claims of replaced lines are dropped: three hundred ticks later the list is no longer.
  expect(late.claims).toBeLessThanOrEqual(early.claims + 2);
  expect(late.claims).toBeLessThan(40);
  // A few rewrites were read; from then on the rewrites were passed over, and none was read late.
  expect(late.addedContent.read).toBeLessThanOrEqual(REWRITES_READ);
  expect(late.addedContent.read).toBe(early.addedContent.read);
  expect(late.addedContent.passedOver).toBeGreaterThan(early.addedContent.passedOver);
  // The work per tick, counted: eight hundred ticks (two changes each, the line and the clock)
  // later, no mutation record of the ticker reached Recount's watcher, and the container passed
  // over (the desk's, and the clock's inside it) was checked once every SETTLE_MS of the page's
  // clock, whatever the ticker's pace.
  expect(late.addedContent.records).toBe(early.addedContent.records);
  expect(late.addedContent.checks! - early.addedContent.checks!).toBeLessThanOrEqual(2 * (Math.ceil((lateAt - earlyAt) / SETTLE_MS) + 1));
  // Every mark left is in the document and of a line still shown.
  expect(await page.evaluate(() => Array.from(document.querySelectorAll('#live-desk recount-mark')).every((m) => m.closest('#live-line')))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
