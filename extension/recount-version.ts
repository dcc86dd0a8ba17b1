/** Recount's own version, from its manifest; '' where there is no extension (a test document). */
import { browser } from 'wxt/browser';

export function recountVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
