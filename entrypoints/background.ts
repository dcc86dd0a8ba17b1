import { browser } from 'wxt/browser';
import { BUNDLED_FACTS } from '../core/registry/bundled-registry.ts';
import type { Fact } from '../core/registry/fact-types.ts';

/**
 * Holds the full texts of the bundled registry, so the content script carries only what matching
 * needs and asks here when a card or a note needs words.
 */
export default defineBackground(() => {
  const byId = new Map<string, Fact>(BUNDLED_FACTS.map((f) => [f.id, f]));
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; ids?: unknown };
    if (m?.type !== 'recount:get-facts' || !Array.isArray(m.ids)) return undefined;
    return Promise.resolve(m.ids.flatMap((id) => (typeof id === 'string' && byId.has(id) ? [byId.get(id)!] : [])));
  });
});
