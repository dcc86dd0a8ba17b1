/**
 * Hostile pages for the Chromium suite: the English demo article, changed by a test, served at a
 * made-up http address through the browser's request routing (nothing leaves the machine).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, ROOT, type Session } from '../harness.ts';

export const DEMO = readFileSync(resolve(ROOT, 'assets/demo/ai-work.en.html'), 'utf8');

const inner = (file: string, tag: string): string => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(readFileSync(resolve(ROOT, file), 'utf8'))![1]!;
/** Another article about AI and work (a logistics firm's cuts), as the inside of its <article>. */
export const OTHER_ARTICLE = inner('tests/fixtures/pages/ai-work-short.en.html', 'article');
/** A sports report: not about AI and work, with figures of its own. */
export const SPORTS_ARTICLE = inner('tests/fixtures/pages/sports.en.html', 'article');

/** One browser with the extension for a test file: launched before its tests, closed after them. */
export function browserForFile(): { session: Session } {
  const browser = {} as { session: Session };
  beforeAll(async () => {
    browser.session = await launchWithExtension();
  });
  afterAll(async () => {
    await browser.session?.close();
  });
  return browser;
}

/** Opens `html` at http://127.0.0.1/hostile/<name>.html and collects the page's errors. */
export async function openHostile(session: Session, name: string, html: string): Promise<{ page: Page; errors: string[] }> {
  const url = `http://127.0.0.1/hostile/${name}.html`;
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** A paragraph with a figure Recount marks, added by the page: once it is marked, what was added before it has been read. */
export const SENTINEL = 'A later update: the insurer says 2,000 staff will be retrained.';

export async function addSentinel(page: Page, id = 'sentinel'): Promise<void> {
  await page.evaluate(([text, pid]) => {
    const p = document.createElement('p');
    p.id = pid!;
    p.textContent = text!;
    document.querySelector('article p.editor-note')!.before(p);
  }, [SENTINEL, id]);
  await page.waitForFunction((pid) => !!document.querySelector(`#${pid} recount-mark`), id, { timeout: 15000 });
}
