/**
 * Build step for the registry: checks every bundled file (its `schemaVersion` and every fact)
 * before anything is built, so the build fails naming the fact and the field rather than
 * shipping a fact that breaks the rules.
 */
import { BUNDLED_FILES } from './core/registry/bundled-registry.ts';
import { validateRegistry } from './core/registry/validate-registry.ts';

/** A Vite plugin, typed structurally so it fits whichever Vite version WXT bundles. `files`: registry files as parsed. */
export function registryPlugin(files: readonly unknown[] = Object.values(BUNDLED_FILES)): { name: string; buildStart(): void } {
  return {
    name: 'recount-registry',
    buildStart() {
      const problems = files.flatMap((file) => validateRegistry(file).problems);
      if (problems.length > 0) {
        throw new Error(`The registry has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.fact}: ${p.field}: ${p.message}`).join('\n')}`);
      }
    },
  };
}
