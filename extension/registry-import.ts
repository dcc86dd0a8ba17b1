/**
 * Readers' own registries: a JSON file in the registry schema, checked before anything is stored.
 * An import never touches what was there before: a file is parsed, cleaned and validated on its
 * own, and only a file with no problems is added, in one write.
 */
import type { Fact } from '../core/registry/fact-types.ts';
import { migrateFact } from '../core/registry/migrate-registry.ts';
import { checkRegistryText, type StripTags } from '../core/registry/read-registry-file.ts';
import { domPurifyStripper } from '../page/strip-tags.ts';
import { validateRegistry, type Problem } from '../core/registry/validate-registry.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportResult {
  registry: ImportedRegistry | null;
  problems: Problem[];
  /** Changes made to make the file safe, e.g. HTML removed from a text field. */
  notices: Problem[];
}

let stripper: StripTags | null = null;
/** DOMPurify over this page's window, made once. */
const stripTags = (): StripTags => (stripper ??= domPurifyStripper(window));

export function importRegistryFile(name: string, size: number, text: string, existingIds: Set<string>): ImportResult {
  if (size > MAX_IMPORT_BYTES) {
    return { registry: null, problems: [{ fact: name, field: '(file)', message: `is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB` }], notices: [] };
  }
  // The same reading as the CLI's `registry validate`.
  const { facts, problems, notices } = checkRegistryText(name, text, existingIds, stripTags());
  if (problems.length > 0) return { registry: null, problems, notices };
  const registry: ImportedRegistry = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    importedAt: new Date().toISOString(),
    enabled: true,
    facts,
  };
  return { registry, problems, notices };
}

/**
 * A stored registry in the current schema. One stored by an older version is migrated; if that
 * fails the check, it is kept and marked as needing a re-import, never dropped.
 */
export function upToDate(r: ImportedRegistry): ImportedRegistry {
  const facts = r.facts.map(migrateFact) as Fact[];
  const ok = validateRegistry(facts).problems.length === 0;
  return ok ? { ...r, facts, needsReimport: false } : { ...r, needsReimport: true };
}
