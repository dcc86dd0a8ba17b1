/**
 * Readers' own registries: a JSON file in the registry schema, checked before anything is stored.
 * An import never touches what was there before: a file is parsed, cleaned and validated on its
 * own, and only a file with no problems is added, in one write.
 */
import DOMPurify from 'dompurify';
import type { Fact } from '../core/registry/fact-types.ts';
import { isFirstSchema, migrateFact, migrateRegistry } from '../core/registry/migrate-registry.ts';
import { validateRegistry, type Problem } from '../core/registry/validate-registry.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;


export interface ImportResult {
  registry: ImportedRegistry | null;
  problems: Problem[];
  /** Changes made to make the file safe, e.g. HTML removed from a text field. */
  notices: Problem[];
}

/** JSON.parse that refuses keys which could reach an object's prototype. */
function parseWithoutPrototypeKeys(text: string, problems: Problem[], file: string): unknown {
  return JSON.parse(text, function (key, value) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      problems.push({ fact: file, field: key, message: 'this key is not allowed and was refused' });
      return undefined;
    }
    return value;
  });
}

/**
 * Registry text is shown as text, never as HTML. Any markup in an imported field is removed with
 * DOMPurify and an empty allowlist, so what is stored is the plain text a reader would see.
 */
function plain(value: string): string {
  if (!/[<>]/.test(value)) return value;
  return DOMPurify.sanitize(value, { ALLOWED_TAGS: [], ALLOWED_ATTR: [], KEEP_CONTENT: true });
}

function cleanStrings(value: unknown, path: string, notices: Problem[], factName: () => string): unknown {
  if (typeof value === 'string') {
    const cleaned = plain(value);
    if (cleaned !== value) notices.push({ fact: factName(), field: path, message: 'HTML was removed; the text is kept as plain text' });
    return cleaned;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, `${path}[${i}]`, notices, factName));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanStrings(v, path ? `${path}.${k}` : k, notices, factName);
    return out;
  }
  return value;
}

export function importRegistryFile(name: string, size: number, text: string, existingIds: Set<string>): ImportResult {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  if (size > MAX_IMPORT_BYTES) {
    return { registry: null, problems: [{ fact: name, field: '(file)', message: `is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB` }], notices };
  }
  let data: unknown;
  try {
    data = parseWithoutPrototypeKeys(text, problems, name);
  } catch (e) {
    return { registry: null, problems: [{ fact: name, field: '(file)', message: `is not valid JSON: ${(e as Error).message}` }], notices };
  }
  if (isFirstSchema(data)) notices.push({ fact: name, field: 'schemaVersion', message: 'was written in the first registry schema and was brought up to date' });
  data = migrateRegistry(data);
  const file = data as { facts?: unknown };
  if (file && typeof file === 'object' && Array.isArray(file.facts)) {
    file.facts = file.facts.map((fact: unknown, i: number) => {
      const label = (): string => (fact && typeof fact === 'object' && typeof (fact as { id?: unknown }).id === 'string' ? (fact as { id: string }).id : `#${i + 1}`);
      return cleanStrings(fact, '', notices, label);
    });
  }
  const checked = validateRegistry(data);
  problems.push(...checked.problems);
  for (const fact of checked.facts) if (existingIds.has(fact.id)) problems.push({ fact: fact.id, field: 'id', message: 'is already used by another registry' });
  if (checked.facts.length === 0 && problems.length === 0) problems.push({ fact: name, field: '(file)', message: 'holds no facts' });
  if (problems.length > 0) return { registry: null, problems, notices };
  const registry: ImportedRegistry = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    name,
    importedAt: new Date().toISOString(),
    enabled: true,
    facts: checked.facts,
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
