import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { validateRegistry } from '../../core/registry/validate-registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FACTS_DIR = join(ROOT, 'assets/registry/facts');
const schema = JSON.parse(readFileSync(join(ROOT, 'assets/registry/fact.schema.json'), 'utf8'));
const files = readdirSync(FACTS_DIR).filter((f) => f.endsWith('.json'));

describe('the bundled registry', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(schema);
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(FACTS_DIR, file), 'utf8'));
    it(`${file} follows the JSON Schema`, () => {
      validate(data);
      expect(validate.errors ?? []).toEqual([]);
    });
    it(`${file} passes the registry checks`, () => {
      expect(validateRegistry(data).problems).toEqual([]);
    });
  }

  it('ships every file in assets/registry/facts, with unique ids', () => {
    const all = files.flatMap((f) => (JSON.parse(readFileSync(join(FACTS_DIR, f), 'utf8')) as { schemaVersion: number; facts: { id: string }[] }).facts);
    expect(BUNDLED_FACTS.map((f) => f.id).sort()).toEqual(all.map((f) => f.id).sort());
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    expect(validateRegistry(all).problems).toEqual([]);
  });

  it('covers every checkable figure of the reference article', () => {
    const ids = new Set(BUNDLED_FACTS.map((f) => f.id));
    for (const id of [
      'top500-cpu-gpu-share', 'imf-ai-exposure-40-60', 'linkedin-70-percent-skills', 'resumebuilder-44-percent-ai-layoffs', 'xai-humain-500mw',
      'optimus-billion-robots', 'industrial-revolution-16-hour-days', 'musk-work-optional-10-20-years', 'huang-recommender-systems-15-years', 'radiologists-demand',
    ]) expect(ids.has(id), id).toBe(true);
  });
});

describe('registry checks name the fact and the field', () => {
  const good = BUNDLED_FACTS[0]!;
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(good));
  const problemsOf = (fact: unknown) => validateRegistry([fact]).problems;

  it('rejects a missing source', () => {
    const f = clone();
    f.sources = [];
    expect(problemsOf(f)).toContainEqual({ fact: good.id, field: 'sources', message: expect.any(String) });
  });
  it('rejects an http address', () => {
    const f = clone();
    (f.sources as { url: string }[])[0]!.url = 'http://example.org/page';
    expect(problemsOf(f).map((p) => p.field)).toContain('sources[0].url');
  });
  it('rejects a missing language', () => {
    const f = clone();
    delete (f.meaning as Record<string, string>).id;
    expect(problemsOf(f).map((p) => p.field)).toContain('meaning.id');
  });
  it('rejects a bad verdict, a bad date and a duplicate id', () => {
    const f = clone();
    f.verdict = 'mostly-true';
    f.asOf = 'last year';
    const fields = validateRegistry([f, clone()]).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['verdict', 'asOf', 'id']));
  });
  it('rejects a tolerance that would match anything and a unit that makes no sense', () => {
    const f = clone();
    (f.figures as { tolerance: number; kind: string; unit?: string }[])[0] = { kind: 'money', value: 100, tolerance: 500, unit: 'dollars', label: { en: 'x', id: 'x' } } as never;
    const fields = problemsOf(f).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['figures[0].tolerance', 'figures[0].unit']));
  });
  it('rejects unknown fields', () => {
    const f = clone();
    f.__proto__extra = 1;
    expect(problemsOf(f).map((p) => p.field)).toContain('__proto__extra');
  });
  it('takes back-references in French, German, Spanish and Portuguese, and no other language or shape', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    const withRefs = (refs: Record<string, unknown>): Record<string, unknown> => {
      const f = clone();
      (f.source as { refs: Record<string, unknown> }).refs = { en: ['the report'], id: ['laporan itu'], ...refs };
      return f;
    };
    const fine = withRefs({ fr: ["l'étude"], de: ['die Studie'], es: ['el informe'], pt: ['o relatório'] });
    expect(problemsOf(fine)).toEqual([]);
    expect(validate({ schemaVersion: 2, facts: [fine] })).toBe(true);
    for (const bad of [{ it: ['lo studio'] }, { fr: 'le rapport' }, { de: [''] }]) {
      const f = withRefs(bad);
      expect(problemsOf(f).map((p) => p.field), JSON.stringify(bad)).toContain(`source.refs.${Object.keys(bad)[0]}`);
      expect(validate({ schemaVersion: 2, facts: [f] }), JSON.stringify(bad)).toBe(false);
    }
  });
});
