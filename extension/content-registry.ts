/**
 * The registry as the content script sees it: the bundled facts reduced to what matching needs
 * (built into the script), plus the reader's enabled imports. Words for cards and notes are asked
 * of the background when first needed.
 */
import { browser } from 'wxt/browser';
import matchIndex from 'virtual:recount/match-index';
import type { Fact, MatchableFact } from '../core/registry/fact-types.ts';
import { indexRegistry, type FactIndex } from '../core/registry/match-claims-to-facts.ts';
import { enabledImportedFacts } from './registry-store.ts';

export class ContentRegistry {
  private index: FactIndex<MatchableFact> | null = null;
  private imported: Fact[] = [];
  private readonly full = new Map<string, Fact>();

  /** Loads (again) the enabled imports; the next lookup rebuilds the index. */
  async load(): Promise<void> {
    this.imported = await enabledImportedFacts();
    for (const f of this.imported) this.full.set(f.id, f);
    this.index = null;
  }

  readonly get = (): FactIndex<MatchableFact> => (this.index ??= indexRegistry<MatchableFact>([...matchIndex, ...this.imported]));

  /** Full facts by id; bundled ones come from the background once and are kept. */
  async details(ids: string[]): Promise<Map<string, Fact>> {
    const missing = [...new Set(ids)].filter((id) => !this.full.has(id));
    if (missing.length > 0) {
      const facts = (await browser.runtime.sendMessage({ type: 'recount:get-facts', ids: missing })) as Fact[] | undefined;
      for (const f of facts ?? []) this.full.set(f.id, f);
    }
    return this.full;
  }
}
