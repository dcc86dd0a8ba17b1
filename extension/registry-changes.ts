/**
 * Where the imported registries are stored, and word when they change. Apart from registry-store.ts
 * (which reads and checks them) so that the reader, which only follows the changes, carries neither
 * the import's checks nor its sanitiser.
 */
import { browser } from 'wxt/browser';

export const REGISTRIES_KEY = 'registries';

export function onImportedChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && changes[REGISTRIES_KEY]) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
