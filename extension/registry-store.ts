/** Imported registries in extension storage, and the facts the content script should use. */
import { browser } from 'wxt/browser';
import type { Fact } from '../core/registry/fact-types.ts';
import { upToDate } from './registry-import.ts';
import { REGISTRIES_KEY as KEY } from './registry-changes.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';

export async function loadImported(): Promise<ImportedRegistry[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is ImportedRegistry => !!r && typeof r === 'object' && Array.isArray(r.facts)).map(upToDate);
}

/** storage.local's quota where the browser does not say (Chrome's, without unlimitedStorage). */
export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;

/** The registries would not fit in what is left of the browser's storage: nothing was written. */
export class StorageFull extends Error {
  constructor(readonly needed: number, readonly left: number) {
    super(`the registries need ${(needed / 1024 / 1024).toFixed(1)} MB of storage; ${(Math.max(0, left) / 1024 / 1024).toFixed(1)} MB is left`);
  }
}

type LocalArea = typeof browser.storage.local & { QUOTA_BYTES?: number; getBytesInUse?: (keys: string | null) => Promise<number> };

/** Bytes the storage counts for a key and its value (its JSON, as Chrome counts it). */
const storedBytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Writes the registries, after checking that they fit in what is left of the quota. */
export async function saveImported(list: ImportedRegistry[]): Promise<void> {
  const local = browser.storage.local as LocalArea;
  const quota = typeof local.QUOTA_BYTES === 'number' ? local.QUOTA_BYTES : DEFAULT_QUOTA_BYTES;
  let others = 0;
  try {
    if (local.getBytesInUse) others = (await local.getBytesInUse(null)) - (await local.getBytesInUse(KEY));
  } catch {
    // Not every browser counts bytes (Firefox): the write itself is then the check.
  }
  const needed = storedBytes(KEY, list);
  if (others + needed > quota) throw new StorageFull(needed, quota - others);
  await browser.storage.local.set({ [KEY]: list });
}

export async function enabledImportedFacts(): Promise<Fact[]> {
  return (await loadImported()).filter((r) => r.enabled && !r.needsReimport).flatMap((r) => r.facts);
}
