/**
 * Firefox harness: drives Debian's firefox-esr over WebDriver BiDi with puppeteer-core and installs
 * the built Firefox extension. The extension's internal UUID is pinned, so its pages have a known
 * address and the popup can be opened as a tab.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { ROOT } from '../e2e/harness.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
const GECKO_ID = 'recount@recount.example';
const UUID = '7d3f5a2e-4c1b-4e8a-9f60-2b5d8c1e0a47';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxSession {
  browser: Browser;
  /** Every URL requested by a page opened with openFirefoxPage. */
  requests: string[];
  close(): Promise<void>;
}

/** `withheldAccess`: the reader has not allowed the extension on websites (Firefox's site access). */
export async function launchFirefox(options: { withheldAccess?: boolean } = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('The Firefox build is missing: run `npm run build:firefox` first.');
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1200, height: 900 },
    // Lets the driver open the extension's own pages (the popup as a tab).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.originControls.grantByDefault': !options.withheldAccess,
      // A permission request is answered as if the reader clicked "Allow" in the prompt.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  // Pages opened with openFirefoxPage record their requests here.
  return { browser, requests: [], close: () => browser.close() };
}

export async function openFirefoxPage(session: FirefoxSession, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => session.requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Waits until Recount has highlighted at least `min` figures. */
export async function waitForFirefoxMarks(page: Page, min = 1): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('recount-mark').length >= n, { timeout: 15000 }, min);
  return page.evaluate(() => document.querySelectorAll('recount-mark').length);
}

/**
 * Opens the popup as a tab that inspects the tab showing `url`. Navigations to extension pages
 * never report their end over BiDi, so the page is started without waiting and checked by content.
 */
export async function openFirefoxPopupFor(session: FirefoxSession, url: string): Promise<Page> {
  const popup = await session.browser.newPage();
  popup.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => undefined);
  await popup.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', {}, EXTENSION_ORIGIN);
  // Without site access the extension cannot see tab addresses: then take the newest other tab.
  const tabId = await popup.evaluate(async (target) => {
    type Tab = { id?: number; url?: string };
    const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } } }).browser;
    const self = (await ext.tabs.getCurrent()).id;
    const others = (await ext.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self);
    return (others.find((t) => t.url === target) ?? others.sort((a, b) => b.id! - a.id!)[0])?.id ?? 0;
  }, url);
  if (!tabId) throw new Error(`no tab shows ${url}`);
  popup.goto(`${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`).catch(() => undefined);
  await popup.waitForFunction((id) => location.search === `?tab=${id}` && document.querySelector('main.popup') !== null, {}, tabId);
  return popup;
}

/** What puppeteer's WebDriver BiDi handles carry beyond the public API: the node as BiDi serialised it, and the realm it lives in. */
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: { value?: { mode?: string } } | null } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
}

/**
 * The text of the card's dialog, read in its closed shadow root, or null while no card is open.
 * Page scripts get null from `shadowRoot`; WebDriver BiDi serialises an element's shadow root
 * whether it is open or closed, and that gives a handle to run a function on. Only a closed root is
 * read, so a card whose root is attached open again reads as no card.
 */
export async function firefoxCardText(page: Page): Promise<string | null> {
  const host = await page.$('recount-ui');
  if (!host) return null;
  const bidi = host as unknown as BidiHandle;
  const shadow = bidi.remoteValue().value?.shadowRoot;
  if (shadow?.value?.mode !== 'closed') return null;
  const root = bidi.constructor.from(shadow, bidi.realm);
  try {
    return await page.evaluate((r) => r.querySelector('[role=dialog]')?.textContent ?? null, root);
  } finally {
    await root.dispose().catch(() => undefined);
    await host.dispose();
  }
}
