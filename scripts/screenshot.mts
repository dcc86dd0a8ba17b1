/**
 * Regenerates the README pictures from the real extension: the TOP500 card on the English demo
 * article, and the popup for the Indonesian one. Run: npm run build && npx tsx scripts/screenshot.mts
 */
import { resolve } from 'node:path';
import { launchWithExtension, openPage, openPopupFor, ROOT, serve, waitForMarks } from '../tests/e2e/harness.ts';

const server = await serve({ demo: resolve(ROOT, 'assets/demo') });
const session = await launchWithExtension();
try {
  const { page } = await openPage(session, `${server.origin}/demo/ai-work.en.html`);
  await page.setViewportSize({ width: 1100, height: 760 });
  await waitForMarks(page, 10);
  const mark = page.locator('recount-mark.recount-matched', { hasText: 'from 10% to 90%' }).first();
  await mark.evaluate((m) => m.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.click();
  await page.getByRole('dialog').waitFor();
  await page.screenshot({ path: resolve(ROOT, 'docs/card.png') });
  const popup = await openPopupFor(session, page);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.waitForSelector('.claims > li');
  await popup.locator('.claims > li[data-fact="top500-cpu-gpu-share"] details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await popup.locator('.claims > li[data-fact="top500-cpu-gpu-share"]').first().evaluate((d) => d.scrollIntoView({ block: 'start' }));
  await popup.screenshot({ path: resolve(ROOT, 'docs/popup.png') });
} finally {
  await session.close();
  await server.close();
}
