/**
 * Hostile registry files, imported the way the options page does it (read, checked, then written
 * with a check against the storage quota). Each one ends with a clear message, and the registries
 * imported before it are exactly as they were.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** storage.local with a quota and Chrome's byte count (key plus JSON of the value). */
const area = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const bytes = (key: string): number => (data.has(key) ? new TextEncoder().encode(key + JSON.stringify(data.get(key))).length : 0);
  return {
    data,
    QUOTA_BYTES: 10 * 1024 * 1024,
    async get(key: string) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async getBytesInUse(key: string | null) {
      return key === null ? [...data.keys()].reduce((n, k) => n + bytes(k), 0) : bytes(key);
    },
  };
});
vi.mock('wxt/browser', () => ({ browser: { storage: { local: area } } }));

import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import type { Fact } from '../../core/registry/fact-types.ts';
import { migrateFact } from '../../core/registry/migrate-registry.ts';
import { MAX_PROBLEMS } from '../../core/registry/read-registry-file.ts';
import { importRegistryFile } from '../../extension/registry-import.ts';
import { loadImported, saveImported, StorageFull } from '../../extension/registry-store.ts';

const GOOD = migrateFact(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/registries/good.json'), 'utf8'))[0]) as Fact;
const fact = (id: string, change: (f: Record<string, any>) => void = () => {}): Record<string, any> => {
  const f = structuredClone(GOOD) as unknown as Record<string, any>;
  f.id = id;
  change(f);
  return f;
};
const file = (...facts: unknown[]): string => JSON.stringify({ schemaVersion: 2, facts });
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The options page's import: check, then write all registries at once; what the reader is told. */
async function importAsOptionsPage(name: string, text: string, size = new TextEncoder().encode(text).length): Promise<{ ok: boolean; message: string }> {
  const earlier = await loadImported();
  const ids = new Set([...BUNDLED_FACTS.map((f) => f.id), ...earlier.flatMap((r) => r.facts.map((f) => f.id))]);
  const result = importRegistryFile(name, size, text, ids);
  if (!result.registry) return { ok: false, message: result.problems.map((p) => `${p.fact}: ${p.field}: ${p.message}`).join('\n') };
  try {
    await saveImported([...earlier, result.registry]);
  } catch (e) {
    return { ok: false, message: e instanceof StorageFull ? e.message : String(e) };
  }
  return { ok: true, message: result.notices.map((p) => `${p.field}: ${p.message}`).join('\n') };
}

/** Hostile files refused, each with what its message must say. */
const REFUSED: [string, () => string, RegExp][] = [
  ['50k empty facts', () => JSON.stringify(Array.from({ length: 50_000 }, () => ({}))), /and \d+ more problems not listed/],
  ['50k facts with an unknown key each', () => file(...Array.from({ length: 50_000 }, (_, i) => ({ id: `f-${i}`, extra: 1 }))), /f-0: extra: is not a field of a fact[\s\S]*more problems not listed/],
  ['unknown key in a source', () => file(fact('a', (f) => (f.sources[0].tracking = 'x'))), /sources\[0\]\.tracking: is not a field of a source/],
  ['unknown key in a series point', () => file(fact('a', (f) => (f.series = { title: f.title, unit: '%', points: [{ label: 'a', value: 1, note: 'x' }, { label: 'b', value: 2 }] }))), /series\.points\[0\]\.note: is not a field of a point/],
  ['unknown key in a series', () => file(fact('a', (f) => (f.series = { title: f.title, unit: '%', points: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }], colour: 'red' }))), /series\.colour: is not a field of a series/],
  ['unknown language in counterpoints', () => file(fact('a', (f) => (f.counterpoints.fr = ['x']))), /counterpoints\.fr: is not a field/],
  ['unknown key in a figure', () => file(fact('a', (f) => (f.figures[0].colour = 'red'))), /figures\[0\]\.colour: is not a field of a figure/],
  ['unknown key in the source', () => file(fact('a', (f) => (f.source.website = 'x'))), /source\.website: is not a field of a source/],
  ['unknown key in match', () => file(fact('a', (f) => (f.match.any = ['x']))), /match\.any: is not a field of match/],
  ['unknown key in the file', () => JSON.stringify({ schemaVersion: 2, facts: [fact('a')], extra: true }), /extra: is not a field of a registry file/],
  ['impossible month in asOf', () => file(fact('a', (f) => (f.asOf = '2026-13-45'))), /asOf: must be a date/],
  ['30 February as the review day', () => file(fact('a', (f) => (f.reviewed = '2025-02-30'))), /reviewed: must be a day/],
  ['month 00 in a source date', () => file(fact('a', (f) => (f.sources[0].date = '2025-00'))), /sources\[0\]\.date: must be a date/],
  ['UTF-16 text', () => Buffer.from('\uFEFF' + file(fact('a')), 'utf16le').toString('utf8'), /not valid JSON \(it looks like UTF-16/],
  ['truncated JSON', () => file(fact('a')).slice(0, 200), /is not valid JSON/],
  ['empty file', () => '', /is not valid JSON/],
  ['null', () => 'null', /a registry is/],
  ['a number', () => '42', /a registry is/],
  ['facts that are not a list', () => JSON.stringify({ schemaVersion: 2, facts: {} }), /must be a JSON array of facts/],
  ['an unknown schema version', () => JSON.stringify({ schemaVersion: 99, facts: [fact('a')] }), /schemaVersion: must be 2/],
  ['__proto__ key', () => file(fact('a')).replace('"id":', '"__proto__":{"polluted":true},"id":'), /__proto__: this key is not allowed/],
  ['constructor key', () => file(fact('a')).replace('"id":', '"constructor":{"prototype":{"x":1}},"id":'), /constructor: this key is not allowed/],
  ['the same id twice', () => file(fact('twice'), fact('twice')), /id: is used by another fact/],
  ['an id of the bundled registry', () => file(fact(BUNDLED_FACTS[0]!.id)), /is already used by another registry/],
  ['an id of an earlier import', () => file(fact('earlier-fact')), /is already used by another registry/],
  ['a file over 5 MB', () => file(fact('a')), /limit is 5 MB/],
  ['a javascript: source address', () => file(fact('a', (f) => (f.sources[0].url = 'javascript:alert(1)'))), /url: must be an https address/],
  ['an infinite figure', () => file(fact('a')).replace(/"value":\s*[-\d.e]+/, '"value":1e999'), /value: must be a number/],
  ['a negative tolerance', () => file(fact('a', (f) => (f.figures[0].tolerance = -1))), /tolerance: must be a number of at least 0/],
  ['an unknown verdict', () => file(fact('a', (f) => (f.verdict = 'trust-me'))), /verdict: must be one of/],
  ['no subject terms', () => file(fact('a', (f) => (f.match.all = []))), /match\.all: must list/],
  ['deeply nested junk', () => file(fact('a', (f) => (f.summary.en = '@deep@'))).replace('"@deep@"', '['.repeat(200) + ']'.repeat(200)), /summary\.en[\[\]0-9]*: is nested too deeply/],
  ['junk nested 100,000 deep', () => file(fact('a', (f) => (f.summary.en = '@deep@'))).replace('"@deep@"', '['.repeat(100_000) + ']'.repeat(100_000)), /\(file\): is nested too deeply to be read/],
  ['markup only, so no text is left', () => file(fact('a', (f) => (f.title.en = '<img src=x onerror=alert(1)>'))), /title\.en: is missing or empty/],
];

let earlierJson = '';
beforeEach(async () => {
  area.data.clear();
  area.QUOTA_BYTES = 10 * 1024 * 1024;
  const first = await importAsOptionsPage('earlier.json', file(fact('earlier-fact')));
  expect(first.ok).toBe(true);
  earlierJson = JSON.stringify(area.data.get('registries'));
});

describe('hostile registry files', () => {
  it(`covers at least 30 files that are refused`, () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, make, message] of REFUSED) {
    it(`refuses ${name} with a clear message, keeping earlier imports`, async () => {
      const text = make();
      const size = name === 'a file over 5 MB' ? 6 * 1024 * 1024 : undefined;
      const result = await importAsOptionsPage(`${name}.json`, text, size);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(message);
      expect(result.message.split('\n').length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      expect(JSON.stringify(area.data.get('registries'))).toBe(earlierJson);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file that would not fit in the storage left, before writing anything', async () => {
    area.QUOTA_BYTES = new TextEncoder().encode('registries' + earlierJson).length + 2_000;
    const result = await importAsOptionsPage('big.json', file(fact('big-a'), fact('big-b'), fact('big-c')));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/the registries need [\d.]+ MB of storage; [\d.]+ MB is left/);
    expect(JSON.stringify(area.data.get('registries'))).toBe(earlierJson);
  });
});

describe('hostile text that is kept, made plain', () => {
  it('keeps "AT&T", "<5%" and "Crumb & Co" exactly as written', async () => {
    const result = await importAsOptionsPage('entities.json', file(fact('entities', (f) => {
      f.title.en = 'AT&T says <5% of calls need a person';
      f.match.all = [['Crumb & Co']];
    })));
    expect(result.ok).toBe(true);
    const stored = (await loadImported()).at(-1)!.facts[0]!;
    expect(stored.title.en).toBe('AT&T says <5% of calls need a person');
    expect(stored.match.all[0]).toEqual(['Crumb & Co']);
  });

  it('strips tags (and script text) to plain text, with a notice', async () => {
    const result = await importAsOptionsPage('markup.json', file(fact('markup', (f) => (f.summary.en = 'Safe <b>bold</b> &amp; <script>alert(1)</script>plain'))));
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/markup or direction controls were removed/);
    // Text with markup is read as HTML (by DOMPurify), so it keeps what that markup shows: "&amp;" is "&".
    expect((await loadImported()).at(-1)!.facts[0]!.summary.en).toBe('Safe bold & plain');
  });

  it('strips bidi controls from text a reader is shown', async () => {
    const result = await importAsOptionsPage('bidi.json', file(fact('bidi', (f) => (f.title.en = 'Jobs \u202Egnol\u202C cut by \u2066AI\u2069'))));
    expect(result.ok).toBe(true);
    const stored = JSON.stringify((await loadImported()).at(-1)!.facts[0]);
    expect(stored).not.toMatch(BIDI);
    expect((await loadImported()).at(-1)!.facts[0]!.title.en).toBe('Jobs gnol cut by AI');
  });

  it('reads a file that starts with a UTF-8 byte order mark', async () => {
    const result = await importAsOptionsPage('bom.json', '\uFEFF' + file(fact('with-bom')));
    expect(result.ok).toBe(true);
    expect((await loadImported()).at(-1)!.facts[0]!.id).toBe('with-bom');
  });
});
