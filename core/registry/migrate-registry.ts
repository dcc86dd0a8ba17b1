/**
 * Registries written in the first schema (a bare array of facts with no `source` and no
 * `distortions`) are brought to the current one, so a reader's import survives an update.
 * The speaker is taken from the first source's publisher, and its aliases from the first
 * group of subject terms that are written as names; no distortion is invented.
 */
import { SCHEMA_VERSION } from './fact-types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed registry file is in the first schema. */
export function isFirstSchema(data: unknown): boolean {
  return Array.isArray(data) && data.some((f) => isObject(f) && !('source' in f) && !('distortions' in f));
}

function speakerFromV1(fact: Record<string, unknown>): Record<string, unknown> {
  const sources = Array.isArray(fact.sources) ? fact.sources : [];
  const first = isObject(sources[0]) && typeof sources[0].publisher === 'string' ? sources[0].publisher : '';
  const match = isObject(fact.match) && Array.isArray(fact.match.all) ? fact.match.all : [];
  const group = Array.isArray(match[0]) ? match[0] : [];
  // A name starts with a capital letter; "survey" or "pekerjaan" is not one.
  const aliases = group.filter((t): t is string => typeof t === 'string' && t.trim().length >= 2 && /^\p{Lu}/u.test(t.trim()));
  return { name: first || (typeof fact.id === 'string' ? fact.id : 'unknown'), aliases, refs: { en: [], id: [] } };
}

/** A fact in the first schema, in the current one. Facts already current are returned as they are. */
export function migrateFact(fact: unknown): unknown {
  if (!isObject(fact) || 'source' in fact) return fact;
  const { id, ...rest } = fact;
  return { id, source: speakerFromV1(fact), ...rest, distortions: Array.isArray(fact.distortions) ? fact.distortions : [] };
}

/** Any registry file, as a current-schema file: `{schemaVersion, facts}`. Unknown shapes pass through for the validator to name. */
export function migrateRegistry(data: unknown): unknown {
  if (Array.isArray(data)) return { schemaVersion: SCHEMA_VERSION, facts: data.map(migrateFact) };
  return data;
}
