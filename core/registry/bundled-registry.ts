/**
 * The registry that ships with Recount: every file in assets/registry/facts. Order matters: when
 * two facts match a claim equally, the earlier one wins, so the reference article's facts come first.
 */
import corporate from '../../assets/registry/facts/corporate.json';
import hiringAndGenaiScenarios from '../../assets/registry/facts/hiring-and-genai-scenarios.json';
import seed from '../../assets/registry/facts/seed.json';
import studies from '../../assets/registry/facts/studies.json';
import type { Fact } from './fact-types.ts';
import { indexRegistry, type FactIndex } from './match-claims-to-facts.ts';

/** The files as shipped: `{schemaVersion, facts}`; the build checks them (registry-plugin.ts). */
export const BUNDLED_FILES = { seed, studies, corporate, hiringAndGenaiScenarios } as const;

export const BUNDLED_FACTS: readonly Fact[] = [seed, studies, corporate, hiringAndGenaiScenarios].flatMap((file) => file.facts as unknown as Fact[]);

let cached: FactIndex | null = null;
/** Built on first use, so a page that is not an article never pays for it. */
export function bundledIndex(): FactIndex {
  cached ??= indexRegistry(BUNDLED_FACTS);
  return cached;
}
