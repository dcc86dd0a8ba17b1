/** Whether the reader last left the card's "More" open: kept in extension storage, never sent anywhere. */
import { browser } from 'wxt/browser';

const KEY = 'cardMoreOpen';

export async function loadMoreOpen(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(KEY))[KEY] === true;
  } catch {
    return false; // no extension storage (a test document): start closed
  }
}

export function saveMoreOpen(open: boolean): void {
  try {
    browser.storage.local.set({ [KEY]: open }).catch(() => undefined);
  } catch {
    // no extension storage: the choice lasts for this page only
  }
}
