/**
 * The content script's later stages are web-accessible scripts of the extension's own, imported at
 * their runtime URL (in Chromium a per-session URL, so pages cannot probe for them). A stage runs
 * in the content script's isolated world and leaves what it offers there under a key, where no
 * page script can reach it. This file carries no `browser`: the stages that publish stay free of it.
 */

type Slot = Record<symbol, unknown>;

/** Called by a stage's script when it is evaluated. */
export function publishModule<T>(key: symbol, value: T): void {
  (globalThis as unknown as Slot)[key] = value;
}

/** Imports the script at `url` (once) and returns what it published under `key`. */
export async function importModule<T>(url: () => string, key: symbol, what: string): Promise<T> {
  const slot = globalThis as unknown as Slot;
  if (!slot[key]) await import(/* @vite-ignore */ url());
  const value = slot[key];
  if (!value) throw new Error(`${what} did not start`);
  return value as T;
}
