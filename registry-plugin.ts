/**
 * Build step for the registry: checks every bundled fact (the build fails naming the fact and the
 * field), and gives the content script only what matching needs, as `virtual:recount/match-index`.
 * The full texts stay in the background and the popup, so the content script stays small.
 */
import { BUNDLED_FACTS } from './core/registry/bundled-registry.ts';
import { toMatchable, type Fact } from './core/registry/fact-types.ts';
import { validateRegistry } from './core/registry/validate-registry.ts';

const ID = 'virtual:recount/match-index';

/** A Vite plugin, typed structurally so it fits whichever Vite version WXT bundles. */
export function registryPlugin(facts: readonly Fact[] = BUNDLED_FACTS): { name: string; resolveId(id: string): string | null; load(id: string): string | null } {
  return {
    name: 'recount-registry',
    resolveId(id) {
      return id === ID ? `\0${ID}` : null;
    },
    load(id) {
      if (id !== `\0${ID}`) return null;
      const { problems } = validateRegistry(facts);
      if (problems.length > 0) {
        throw new Error(`The registry has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.fact}: ${p.field}: ${p.message}`).join('\n')}`);
      }
      return `export default ${JSON.stringify(facts.map(toMatchable))};`;
    },
  };
}
