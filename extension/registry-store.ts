/** Imported registries in extension storage, and the facts the content script should use. */
import { browser } from 'wxt/browser';
import type { Fact } from '../core/registry/fact-types.ts';
import { upToDate } from './registry-import.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';

const KEY = 'registries';

export async function loadImported(): Promise<ImportedRegistry[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is ImportedRegistry => !!r && typeof r === 'object' && Array.isArray(r.facts)).map(upToDate);
}

export async function saveImported(list: ImportedRegistry[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: list });
}

export async function enabledImportedFacts(): Promise<Fact[]> {
  return (await loadImported()).filter((r) => r.enabled && !r.needsReimport).flatMap((r) => r.facts);
}

export function onImportedChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && changes[KEY]) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
