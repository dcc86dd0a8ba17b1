/** The reader's choices, kept in extension storage and applied to open tabs as they change. */
import { browser } from 'wxt/browser';
import type { Settings } from '../types/settings.ts';

export const DEFAULT_SETTINGS: Settings = { highlights: true, overlays: false, disabledSites: [] };
const KEY = 'settings';

export function normaliseSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  return {
    highlights: typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights,
    overlays: typeof v.overlays === 'boolean' ? v.overlays : DEFAULT_SETTINGS.overlays,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
    revision: typeof v.revision === 'number' && Number.isFinite(v.revision) ? v.revision : 0,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

/** The last revision saved from this page (the popup or the options page). */
let lastRevision = 0;

/**
 * Saves the settings as a new revision, later than the one they were made from and than any saved
 * here before; returns it, so that the saver can wait for a tab to follow this very change.
 */
export async function saveSettings(settings: Settings): Promise<number> {
  lastRevision = Math.max(Date.now(), (settings.revision ?? 0) + 1, lastRevision + 1);
  await browser.storage.local.set({ [KEY]: { ...settings, revision: lastRevision } });
  return lastRevision;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && changes[KEY]) listener(normaliseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
