/** The registry that ships with Recount: every file in assets/registry/facts, in file order. */
import seed from '../../assets/registry/facts/seed.json';
import type { Fact } from './fact-types.ts';
import { indexRegistry, type FactIndex } from './match-claims-to-facts.ts';

export const BUNDLED_FACTS: readonly Fact[] = [...(seed as Fact[])];

let cached: FactIndex | null = null;
/** Built on first use, so a page that is not an article never pays for it. */
export function bundledIndex(): FactIndex {
  cached ??= indexRegistry(BUNDLED_FACTS);
  return cached;
}
