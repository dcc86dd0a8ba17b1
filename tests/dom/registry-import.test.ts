// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { importRegistryFile, MAX_IMPORT_BYTES } from '../../extension/registry-import.ts';

const dir = resolve(import.meta.dirname, '../fixtures/registries');
const read = (name: string): string => readFileSync(resolve(dir, name), 'utf8');
const bundledIds = new Set(BUNDLED_FACTS.map((f) => f.id));

describe('importing a registry file', () => {
  it('accepts a good file', () => {
    const text = read('good.json');
    const r = importRegistryFile('good.json', text.length, text, bundledIds);
    expect(r.problems).toEqual([]);
    expect(r.registry?.facts.map((f) => f.id)).toEqual(['demo-bakery-robots']);
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
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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
});
