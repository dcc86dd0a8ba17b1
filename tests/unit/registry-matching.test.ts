import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze-text.ts';
import { BUNDLED_FACTS, bundledIndex } from '../../core/registry/bundled-registry.ts';

interface Case {
  factId: string;
  lang: 'en' | 'id';
  text: string;
  expect: 'match' | 'no-match';
  figure: string;
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const cases: Case[] = readdirSync(FIXTURES)
  .filter((f) => /^registry-cases.*\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Case[]);

describe('registry matching', () => {
  it('has a match in both languages and a near miss for every fact', () => {
    for (const fact of BUNDLED_FACTS) {
      const mine = cases.filter((c) => c.factId === fact.id);
      expect(mine.some((c) => c.expect === 'match' && c.lang === 'en'), `${fact.id}: English match`).toBe(true);
      expect(mine.some((c) => c.expect === 'match' && c.lang === 'id'), `${fact.id}: Indonesian match`).toBe(true);
      expect(mine.some((c) => c.expect === 'no-match'), `${fact.id}: near miss`).toBe(true);
    }
  });

  for (const c of cases) {
    it(`${c.expect === 'match' ? 'matches' : 'does not match'} ${c.factId} (${c.lang}): ${c.text.slice(0, 70)}`, () => {
      const { claims } = analyzeText(c.text, { lang: c.lang, index: bundledIndex() });
      const claim = claims.find((cl) => cl.text === c.figure) ?? claims.find((cl) => cl.text.includes(c.figure) || c.figure.includes(cl.text));
      if (c.expect === 'match') {
        expect(claim, `no claim for "${c.figure}" in: ${claims.map((x) => x.text).join(' | ')}`).toBeDefined();
        expect(claim!.fact?.id).toBe(c.factId);
      } else {
        // A near miss is a figure that is read and still not matched: it must be found first.
        expect(claim, `no claim for "${c.figure}" in: ${claims.map((x) => x.text).join(' | ')}`).toBeDefined();
        expect(claim!.fact?.id ?? null).not.toBe(c.factId);
      }
    });
  }

  it('never matches a number about something else', () => {
    const sports = 'The striker scored 40% of his shots and the team kept 60% of possession; 90% of passes found a teammate, and the fine was $20,000.';
    expect(analyzeText(sports, { lang: 'en', index: bundledIndex() }).claims.filter((c) => c.fact)).toEqual([]);
  });
});
