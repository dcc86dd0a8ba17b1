/**
 * Build step for the registry: checks every bundled fact before anything is built, so the build
 * fails naming the fact and the field rather than shipping a fact that breaks the rules.
 */
import { BUNDLED_FACTS } from './core/registry/bundled-registry.ts';
import type { Fact } from './core/registry/fact-types.ts';
import { validateRegistry } from './core/registry/validate-registry.ts';

/** A Vite plugin, typed structurally so it fits whichever Vite version WXT bundles. */
export function registryPlugin(facts: readonly Fact[] = BUNDLED_FACTS): { name: string; buildStart(): void } {
  return {
    name: 'recount-registry',
    buildStart() {
      const { problems } = validateRegistry(facts);
      if (problems.length > 0) {
        throw new Error(`The registry has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.fact}: ${p.field}: ${p.message}`).join('\n')}`);
      }
    },
  };
}
