/**
 * Regenerates the README pictures from the real extension: the TOP500 card on the English demo
 * article, short, with "More" open (its chart, which says when it plots another measure) and in the dark
 * scheme; the popup with its key to the marks; and the options page with its facts browser.
 * Run: npm run build && npx tsx scripts/screenshot.mts
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPage, openPopupFor, ROOT, serve, waitForMarks } from '../tests/e2e/harness.ts';

const server = await serve({ demo: resolve(ROOT, 'assets/demo') });
const session = await launchWithExtension();
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ROOT, 'docs', name) });

/** Opens the card of the TOP500 figure, with "More" open or closed. */
async function openCard(page: Page, more: boolean): Promise<void> {
  // The paragraph is read once it comes near the screen.
  await page.getByText('fastest machines').scrollIntoViewIfNeeded();
  const mark = page.locator('recount-mark.recount-matched', { hasText: '90%' }).first();
  await mark.waitFor();
  await mark.evaluate((m) => m.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.click();
  const button = page.getByRole('dialog').getByRole('button', { name: 'More' });
  await button.waitFor();
  if (((await button.getAttribute('aria-expanded')) === 'true') !== more) await button.click();
}

try {
  const { page } = await openPage(session, `${server.origin}/demo/ai-work.en.html`);
  await page.setViewportSize({ width: 1100, height: 760 });
  await waitForMarks(page, 3);
  await openCard(page, false);
  await shot(page, 'card.png');
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1100, height: 900 });
  await openCard(page, true);
  await page.getByRole('dialog').locator('.chart').evaluate((c) => c.scrollIntoView({ block: 'center' }));
  await shot(page, 'card-more.png');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1100, height: 760 });
  await openCard(page, false);
  await shot(page, 'card-dark.png');
  await page.keyboard.press('Escape');
  // Leave "More" closed for the next reader of this profile: nothing else depends on it.
  await page.emulateMedia({ colorScheme: 'light' });

  const popup = await openPopupFor(session, page);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.waitForSelector('.claims > li');
  await popup.locator('.glossary').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await shot(popup, 'popup.png');

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 900, height: 1150 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByRole('searchbox').fill('Klarna');
  await options.locator('.fact-list > li').first().waitFor();
  await shot(options, 'options.png');
} finally {
  await session.close();
  await server.close();
}
