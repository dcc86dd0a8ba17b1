/** A reader's own registry, as stored and as the options page lists it. */
import type { Fact } from '../core/registry/fact-types.ts';

export interface ImportedRegistry {
  id: string;
  name: string;
  importedAt: string;
  enabled: boolean;
  facts: Fact[];
  /** Stored in an older schema that could not be brought up to date: kept, shown, not used until imported again. */
  needsReimport?: boolean;
}
