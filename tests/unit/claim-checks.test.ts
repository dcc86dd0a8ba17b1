/** The verdict on each claim: numbers as the news writes them, attribution as a reader follows it, and the CLI's shape. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze-text.ts';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { figureAgrees, roundingUnit } from '../../core/registry/news-figures.ts';
import type { Claim } from '../../core/claims/claim-types.ts';
import { scanFileReport } from '../../cli/scan.ts';

const analyze = (text: string, lang = 'en') => analyzeText(text, { lang, index: bundledIndex() }).claims;
const claimOf = (text: string, figure: string, lang = 'en') => {
  const claims = analyze(text, lang);
  const found = claims.find((c) => c.text === figure) ?? claims.find((c) => c.text.includes(figure));
  expect(found, `no claim "${figure}" in ${claims.map((c) => c.text).join(' | ')}`).toBeDefined();
  return found!;
};

const count = (value: number, extra: Partial<Claim> = {}): Claim =>
  ({ text: String(value), start: 0, end: 1, value, unit: null, kind: 'count', valueKind: 'count', approx: false, sentence: '', ...extra }) as Claim;

describe('numbers as the news writes them', () => {
  it('reads the rounding unit from the number as written', () => {
    expect(roundingUnit(40, true)).toBe(1);
    expect(roundingUnit(5.7, true)).toBeCloseTo(0.1);
    expect(roundingUnit(5000, false)).toBe(1000);
    expect(roundingUnit(5500, false)).toBe(100);
    expect(roundingUnit(300_000_000, false)).toBe(100_000_000);
  });

  it('lets rounding, approximation words and a named source widen the tolerance by the stated rule, and no further', () => {
    const klarna = { kind: 'count' as const, value: 5527, tolerance: 0 };
    expect(figureAgrees(klarna, count(5500), 5500, false)).toBe(true); // rounds to 5,500
    expect(figureAgrees(klarna, count(5000), 5000, false)).toBe(false); // "5,000" alone is another number
    expect(figureAgrees(klarna, count(5000), 5000, true)).toBe(true); // ...unless the sentence names Klarna: truncated
    expect(figureAgrees(klarna, count(5000, { approx: true, bound: [5000, null] }), 5000, false)).toBe(true); // "more than 5,000"
    expect(figureAgrees(klarna, count(6000, { approx: true, bound: [6000, null] }), 6000, false)).toBe(false); // "more than 6,000" is false
    expect(figureAgrees(klarna, count(4000), 4000, true)).toBe(false);
    const share = { kind: 'percent' as const, value: 40.3, tolerance: 0.05 };
    const pct = (v: number, approx = false): Claim => ({ ...count(v), kind: 'percent', valueKind: 'percent', unit: '%', approx });
    expect(figureAgrees(share, pct(40), 40, false)).toBe(true);
    expect(figureAgrees(share, pct(41), 41, false)).toBe(false);
    expect(figureAgrees(share, pct(41, true), 41, false)).toBe(true); // "about 41%"
    expect(figureAgrees(share, pct(44, true), 44, false)).toBe(false);
  });

  it('treats a fraction as its percent and "300mn", "300 million" and "300 juta" alike', () => {
    for (const [text, figure, lang] of [
      ['Goldman Sachs says 300mn full-time jobs are exposed to automation.', '300mn', 'en'],
      ['Goldman Sachs says 300 million full-time jobs are exposed to automation.', '300 million', 'en'],
      ['Goldman Sachs menyebut 300 juta pekerjaan penuh waktu terpapar otomatisasi.', '300 juta', 'id'],
    ] as const) {
      const c = claimOf(text, figure, lang);
      expect(c.check, text).toMatchObject({ status: 'consistent', factId: 'goldman-sachs-300-million-jobs-exposed', figure: 0 });
    }
    const quarter = claimOf('Goldman Sachs found that 25% of current work could be automated by AI.', '25%');
    expect(quarter.check).toMatchObject({ status: 'consistent', factId: 'goldman-sachs-300-million-jobs-exposed' });
    const half = claimOf('The IMF says about half of exposed jobs in advanced economies may benefit from AI.', 'half');
    expect(half.check).toMatchObject({ status: 'consistent', factId: 'imf-ai-exposure-40-60' });
  });

  it('checks each end of a change on its own', () => {
    const c = claimOf('Klarna cut its staff from 5,527 to 3,000 employees as it leaned on AI.', 'from 5,527 to 3,000');
    expect(c.check?.status).toBe('consistent');
    // One end is the list's own figure (47%), the other a known wrong one (10%): the claim differs.
    const mixed = claimOf('On the TOP500 list, accelerated systems rose from 10% to 47% of the total.', 'from 10% to 47%');
    expect(mixed.check).toMatchObject({ status: 'differs', factId: 'top500-cpu-gpu-share', distortion: 2 });
  });
});

describe('attribution as a reader follows it', () => {
  it('follows a back-reference to the source named before it, and gives the words and offsets', () => {
    const text = 'The IMF published a study of AI and jobs. The fund says almost 40% of jobs worldwide are exposed to AI.';
    const c = claimOf(text, 'almost 40%');
    expect(c.check?.status).toBe('consistent');
    expect(c.check?.attribution?.name).toBe('IMF');
    const a = c.check!.attribution!;
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.text.toLowerCase()).toBe('the fund');
  });

  it('follows "laporan itu" in Indonesian, and a source named in the headline', () => {
    const id = claimOf('Goldman Sachs merilis laporan tentang AI. Menurut laporan itu, dua pertiga pekerjaan di AS terpapar otomatisasi.', 'dua pertiga', 'id');
    expect(id.check).toMatchObject({ status: 'consistent', factId: 'goldman-sachs-300-million-jobs-exposed' });
    const headline = 'IMF: AI will reshape the labour market\nA new study looks at jobs and AI around the world.\nIn low-income countries, 26% of jobs are exposed to AI.';
    const c = claimOf(headline, '26%');
    expect(c.check).toMatchObject({ status: 'consistent', factId: 'imf-ai-exposure-40-60' });
    expect(c.check?.attribution?.text).toBe('IMF');
  });

  it('names the fact a misattributed figure belongs to, and whom the sentence named', () => {
    const text = 'According to the IMF, 70% of job skills will change by 2030 because of AI.';
    const c = claimOf(text, '70%');
    expect(c.check).toMatchObject({ status: 'misattributed', factId: 'linkedin-70-percent-skills' });
    expect(c.check?.attribution?.text).toBe('IMF');
  });

  it('says a figure is unlisted, without judgement, when the named source is known but the figure is not', () => {
    const c = claimOf('The IMF says 33% of jobs in emerging markets face AI exposure.', '33%');
    expect(c.check).toMatchObject({ status: 'unlisted', factId: 'imf-ai-exposure-40-60', figure: null });
  });

  it('matches a figure with no named source only when figure and subject are specific', () => {
    expect(claimOf('About 40% of jobs are exposed to AI, economists say.', '40%').fact).toBeNull();
    expect(claimOf('Radiology programs offered 1,208 residency positions this year.', '1,208').check?.status).toBe('consistent');
  });
});

describe('the CLI output, schema 2', () => {
  it('gives each matched claim its check and attribution in the claim conventions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-'));
    const file = join(dir, 'a.txt');
    // An article about AI and work, so the page passes the gates, as a card would need.
    const body = [
      'Goldman Sachs economists say two-thirds of jobs are exposed to AI automation, and AI could hit 300 million jobs worldwide.',
      'Workers and employers are watching how artificial intelligence changes jobs, hiring and layoffs.',
      'Companies say AI tools now handle tasks that workers did, and unions want retraining for employees.',
    ];
    writeFileSync(file, body.join('\n') + '\n');
    const report = await scanFileReport(file, 'en');
    expect(report.schema).toBe(2);
    const twoThirds = report.claims.find((c) => c.text.includes('two-thirds'))!;
    expect(twoThirds.match?.check).toMatchObject({ status: 'consistent', figure: { value: 0.6667, unit: null } });
    expect(twoThirds.match?.check?.figure?.label).toMatch(/^Two-thirds/);
    expect(twoThirds.match?.attribution).toMatchObject({ name: 'Goldman Sachs', text: 'Goldman Sachs', start: 0, end: 13 });
  });
});
