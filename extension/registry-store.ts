/** Imported registries in extension storage, and the facts the content script should use. */
import { browser } from 'wxt/browser';
import type { Fact } from '../core/registry/fact-types.ts';
import { validateRegistry } from '../core/registry/validate-registry.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';

const KEY = 'registries';

export async function loadImported(): Promise<ImportedRegistry[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  if (!Array.isArray(list)) return [];
  // Storage is ours, but checking again costs little and keeps a damaged entry out.
  return list.filter((r): r is ImportedRegistry => !!r && typeof r === 'object' && Array.isArray(r.facts) && validateRegistry(r.facts).problems.length === 0);
}

export async function saveImported(list: ImportedRegistry[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: list });
}

export async function enabledImportedFacts(): Promise<Fact[]> {
  return (await loadImported()).filter((r) => r.enabled).flatMap((r) => r.facts);
}

export function onImportedChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && changes[KEY]) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
