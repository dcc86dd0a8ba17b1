import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze-text.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { isTimeFrame } from '../../core/claims/time-frame.ts';
import { BUNDLED_FACTS, bundledIndex } from '../../core/registry/bundled-registry.ts';
import type { CheckStatus } from '../../core/registry/check-claim.ts';

interface Case {
  factId: string;
  lang: 'en' | 'id';
  text: string;
  expect: 'match' | 'no-match';
  figure: string;
  /** The claim's own verdict; consistent when not given. */
  status?: CheckStatus;
  /** The index of the fact's distortion that decides the verdict. */
  distortion?: number;
}

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const cases: Case[] = readdirSync(FIXTURES)
  .filter((f) => /^registry-cases.*\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Case[]);

describe('registry matching', () => {
  it('has a consistent use in both languages, every known distortion and a near miss for every fact', () => {
    for (const fact of BUNDLED_FACTS) {
      const mine = cases.filter((c) => c.factId === fact.id);
      const consistent = mine.filter((c) => c.expect === 'match' && (c.status ?? 'consistent') === 'consistent');
      expect(consistent.some((c) => c.lang === 'en'), `${fact.id}: English consistent use`).toBe(true);
      expect(consistent.some((c) => c.lang === 'id'), `${fact.id}: Indonesian consistent use`).toBe(true);
      expect(mine.some((c) => c.expect === 'no-match'), `${fact.id}: near miss`).toBe(true);
      fact.distortions.forEach((_, d) => expect(mine.some((c) => c.distortion === d), `${fact.id}: a case for distortion ${d}`).toBe(true));
    }
  });

  for (const c of cases) {
    it(`${c.expect === 'match' ? 'matches' : 'does not match'} ${c.factId} (${c.lang}): ${c.text.slice(0, 70)}`, () => {
      const { claims } = analyzeText(c.text, { lang: c.lang, index: bundledIndex() });
      const claim = claims.find((cl) => cl.text === c.figure) ?? claims.find((cl) => cl.text.includes(c.figure) || c.figure.includes(cl.text));
      if (c.expect === 'match') {
        expect(claim, `no claim for "${c.figure}" in: ${claims.map((x) => x.text).join(' | ')}`).toBeDefined();
        expect(claim!.fact?.id).toBe(c.factId);
        expect(claim!.check?.status).toBe(c.status ?? 'consistent');
        if (c.distortion !== undefined) expect(claim!.check?.distortion).toBe(c.distortion);
      } else {
        // A near miss is a figure that is read and still not matched: it must be found first. A time
        // frame the registry does not know ("over the next 10 to 20 years") is read, then left out.
        const read = findNumberMentions(c.text, { lang: c.lang }).find((cl) => cl.text.includes(c.figure) || c.figure.includes(cl.text));
        expect(read, `"${c.figure}" is not read`).toBeDefined();
        if (claim === undefined) expect(isTimeFrame(c.text, read!), `no claim for "${c.figure}" in: ${claims.map((x) => x.text).join(' | ')}`).toBe(true);
        else expect(claim.fact?.id ?? null).not.toBe(c.factId);
      }
    });
  }

  it('never matches a number about something else', () => {
    const sports = 'The striker scored 40% of his shots and the team kept 60% of possession; 90% of passes found a teammate, and the fine was $20,000.';
    expect(analyzeText(sports, { lang: 'en', index: bundledIndex() }).claims.filter((c) => c.fact)).toEqual([]);
  });
});
