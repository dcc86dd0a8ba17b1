/** A reader's own registry, as stored and as the options page lists it. */
import type { Fact } from '../core/registry/fact-types.ts';

export interface ImportedRegistry {
  id: string;
  name: string;
  importedAt: string;
  enabled: boolean;
  facts: Fact[];
}
