/** The bundled facts plus the reader's enabled imports, in full: for the popup and options page. */
import { BUNDLED_FACTS } from '../core/registry/bundled-registry.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import { enabledImportedFacts } from './registry-store.ts';

export async function allFacts(): Promise<Fact[]> {
  return [...BUNDLED_FACTS, ...(await enabledImportedFacts())];
}
