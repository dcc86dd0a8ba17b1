// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { importRegistryFile, MAX_IMPORT_BYTES, upToDate } from '../../extension/registry-import.ts';
import type { ImportedRegistry } from '../../types/imported-registry.ts';

const dir = resolve(import.meta.dirname, '../fixtures/registries');
const read = (name: string): string => readFileSync(resolve(dir, name), 'utf8');
const bundledIds = new Set(BUNDLED_FACTS.map((f) => f.id));

describe('importing a registry file', () => {
  it('accepts a good file', () => {
    const text = read('good.json');
    const r = importRegistryFile('good.json', text.length, text, bundledIds);
    expect(r.problems).toEqual([]);
    expect(r.registry?.facts.map((f) => f.id)).toEqual(['demo-bakery-robots']);
    expect(Object.getPrototypeOf(r.registry!.facts[0])).toBe(Object.prototype);
    expect(r.registry?.enabled).toBe(true);
  });

  it('refuses invalid JSON with a clear message', () => {
    const text = read('broken.json');
    const r = importRegistryFile('broken.json', text.length, text, bundledIds);
    expect(r.registry).toBeNull();
    expect(r.problems[0]).toMatchObject({ fact: 'broken.json', field: '(file)', message: expect.stringMatching(/not valid JSON/) });
  });

  it('refuses a hostile file, naming every problem, and neutralises HTML', () => {
    const text = read('hostile.json');
    const r = importRegistryFile('hostile.json', text.length, text, bundledIds);
    expect(r.registry).toBeNull();
    const fields = r.problems.map((p) => `${p.fact}:${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(['hostile.json:__proto__', 'hostile-fact:extra', 'hostile-fact:sources[0].url']));
    expect(r.notices.map((n) => n.field)).toContain('summary.en');
    // The fixture is a real hazard: parsed and copied naively, its fact would get another prototype.
    const naive = Object.assign({}, (JSON.parse(text) as object[])[0]);
    expect(Object.getPrototypeOf(naive)).not.toBe(Object.prototype);
  });

  it('strips markup from text so only plain text would be stored', () => {
    const fact = JSON.parse(read('good.json'))[0];
    fact.summary.en = 'Safe <b>bold</b><img src=x onerror=alert(1)> text<script>alert(2)</script>';
    const text = JSON.stringify([fact]);
    const r = importRegistryFile('markup.json', text.length, text, bundledIds);
    expect(r.problems).toEqual([]);
    expect(r.registry!.facts[0]!.summary.en).toBe('Safe bold text');
  });

  it('refuses files over 5 MB and ids already in use', () => {
    expect(importRegistryFile('big.json', MAX_IMPORT_BYTES + 1, '[]', bundledIds).problems[0]!.message).toMatch(/limit is 5 MB/);
    const fact = JSON.parse(read('good.json'))[0];
    fact.id = BUNDLED_FACTS[0]!.id;
    const text = JSON.stringify([fact]);
    expect(importRegistryFile('dup.json', text.length, text, bundledIds).problems).toContainEqual({ fact: fact.id, field: 'id', message: 'is already used by another registry' });
  });

  it('brings a file in the first schema up to date, and says so', () => {
    const text = read('good.json');
    const r = importRegistryFile('good.json', text.length, text, bundledIds);
    expect(r.notices).toContainEqual(expect.objectContaining({ field: 'schemaVersion' }));
    expect(r.registry!.facts[0]!.source).toEqual({ name: 'Recount tests', aliases: ['Crumb & Co'], refs: { en: [], id: [] } });
    expect(r.registry!.facts[0]!.distortions).toEqual([]);
  });

  it('migrates a registry stored by an older version, and keeps one it cannot migrate as needing a re-import', () => {
    const old = JSON.parse(read('good.json')) as ImportedRegistry['facts'];
    const stored: ImportedRegistry = { id: 'r1', name: 'old.json', importedAt: '2026-01-01T00:00:00Z', enabled: true, facts: old };
    const migrated = upToDate(stored);
    expect(migrated.needsReimport).toBe(false);
    expect(migrated.facts[0]!.source.name).toBe('Recount tests');
    const broken = { ...stored, facts: [{ ...old[0]!, sources: [] }] as ImportedRegistry['facts'] };
    const kept = upToDate(broken);
    expect(kept.needsReimport).toBe(true);
    expect(kept.facts).toHaveLength(1);
    expect(kept.name).toBe('old.json');
  });
});
