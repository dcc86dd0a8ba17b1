/**
 * One way to read a registry file, for the options page and the CLI alike: parsed without keys that
 * could reach a prototype, brought up to the current schema, its text made plain (tags stripped,
 * bidi controls removed, no entity escaping: "AT&T" and "<5%" stay as written), then validated.
 * Problems are counted in full but at most MAX_PROBLEMS are kept, with one line for the rest.
 */
import type { Fact } from './fact-types.ts';
import { isFirstSchema, migrateRegistry } from './migrate-registry.ts';
import { validateRegistry, type Problem } from './validate-registry.ts';

export const MAX_PROBLEMS = 200;

export interface RegistryFileCheck {
  facts: Fact[];
  problems: Problem[];
  /** Changes made to make the file safe, e.g. HTML removed from a text field. */
  notices: Problem[];
}

/**
 * Scripts and styles with their content, comments, and tags: a "<" followed by a letter, "/" or
 * "!". A lone "<5%" or "a < b" is text.
 */
const TAG = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^<>]*(?:>|$)|<![^<>]*>/gi;
/** Bidi embeddings, overrides, isolates and marks: they can make shown text read other than stored. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes markup from text, leaving plain text with nothing escaped. */
export type StripTags = (value: string) => string;

/** The core's own stripper, for callers without a DOM; the extension and the CLI hand in DOMPurify's. */
export const stripTagsByPattern: StripTags = (value) => value.replace(TAG, '');

/** Text as a reader sees it: no markup, no bidi controls; nothing escaped. */
export function plainText(value: string, stripTags: StripTags = stripTagsByPattern): string {
  return (/[<>]/.test(value) ? stripTags(value) : value).replace(BIDI, '');
}

/** Keeps the first MAX_PROBLEMS of a list and says how many more there were. */
export function capProblems(list: Problem[], file: string): Problem[] {
  if (list.length <= MAX_PROBLEMS) return list;
  const kept = list.slice(0, MAX_PROBLEMS);
  kept.push({ fact: file, field: '(file)', message: `and ${list.length - MAX_PROBLEMS} more problems not listed` });
  return kept;
}

export function checkRegistryText(file: string, text: string, existingIds: ReadonlySet<string> = new Set(), stripTags: StripTags = stripTagsByPattern): RegistryFileCheck {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), function (key, value) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        problems.push({ fact: file, field: key, message: 'this key is not allowed and was refused' });
        return undefined;
      }
      return value;
    });
  } catch (e) {
    if (e instanceof RangeError) return { facts: [], problems: [{ fact: file, field: '(file)', message: 'is nested too deeply to be read' }], notices };
    const hint = text.includes('\u0000') ? ' (it looks like UTF-16; save it as UTF-8)' : '';
    return { facts: [], problems: [{ fact: file, field: '(file)', message: `is not valid JSON${hint}: ${(e as Error).message}` }], notices };
  }
  if (isFirstSchema(data)) notices.push({ fact: file, field: 'schemaVersion', message: 'was written in the first registry schema and was brought up to date' });
  data = migrateRegistry(data);
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { facts?: unknown }).facts : null;
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i++) {
      const fact: unknown = list[i];
      const label = (): string => (fact && typeof fact === 'object' && typeof (fact as { id?: unknown }).id === 'string' ? (fact as { id: string }).id : `#${i + 1}`);
      list[i] = cleanStrings(fact, '', { notices, problems, stripTags }, label, 0);
    }
  }
  const checked = validateRegistry(data);
  for (const p of checked.problems) problems.push(p);
  for (const fact of checked.facts) if (existingIds.has(fact.id)) problems.push({ fact: fact.id, field: 'id', message: 'is already used by another registry' });
  if (checked.facts.length === 0 && problems.length === 0) problems.push({ fact: file, field: '(file)', message: 'holds no facts' });
  return { facts: checked.facts, problems: capProblems(problems, file), notices: capProblems(notices, file) };
}

/** No field of a fact is nested deeper than this; deeper junk is refused, not walked (no stack to exhaust). */
const MAX_DEPTH = 16;

function cleanStrings(value: unknown, path: string, out: { notices: Problem[]; problems: Problem[]; stripTags: StripTags }, factName: () => string, depth: number): unknown {
  if (typeof value === 'string') {
    const cleaned = plainText(value, out.stripTags);
    if (cleaned !== value) out.notices.push({ fact: factName(), field: path, message: 'markup or direction controls were removed; the text is kept as plain text' });
    return cleaned;
  }
  if (value && typeof value === 'object' && depth >= MAX_DEPTH) {
    out.problems.push({ fact: factName(), field: path, message: 'is nested too deeply to be a field of a fact' });
    return null;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanStrings(v, `${path}[${i}]`, out, factName, depth + 1));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = cleanStrings(v, path ? `${path}.${k}` : k, out, factName, depth + 1);
    return copy;
  }
  return value;
}
