/**
 * Site access. Recount reads pages through its content script's match patterns. Firefox treats
 * those as optional access the reader may withhold or revoke (Chromium can restrict it too);
 * then no content script answers, and the popup must say so instead of blaming the page.
 */
import { browser } from 'wxt/browser';

/** The content script's match patterns (the built manifest is checked against these in tests). */
export const SITE_MATCHES = ['http://*/*', 'https://*/*'];

export async function hasSiteAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: SITE_MATCHES });
  } catch {
    return true; // no permissions API here: nothing to offer, so do not claim access is missing
  }
}

/** Must run inside the reader's click: browsers grant access only on a user gesture. */
export function requestSiteAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: SITE_MATCHES });
}
