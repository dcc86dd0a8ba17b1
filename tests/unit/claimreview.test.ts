import { describe, expect, it } from 'vitest';
import { checkClaimReviewShape, factToClaimReview, readClaimReviews } from '../../core/registry/claimreview.ts';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { main as registryCli } from '../../cli/registry.ts';

describe('ClaimReview export', () => {
  it('gives every fact, in both languages, the documented ClaimReview shape', () => {
    for (const fact of BUNDLED_FACTS) for (const lang of ['en', 'id'] as const) expect(checkClaimReviewShape(factToClaimReview(fact, lang)), fact.id).toEqual([]);
  });
  it('rates inaccurate facts at the bottom of the scale', () => {
    const top = factToClaimReview(BUNDLED_FACTS.find((f) => f.id === 'top500-cpu-gpu-share')!);
    expect(top.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Inaccurate' });
  });
  it('the shape check catches what is missing', () => {
    const bad = { ...factToClaimReview(BUNDLED_FACTS[0]!), reviewRating: undefined, citation: [{ url: 'http://x' }] };
    expect(checkClaimReviewShape(bad)).toEqual(expect.arrayContaining(['reviewRating needs @type Rating and alternateName', 'every citation needs an https url']));
  });
  it('is what the registry command prints', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (s: string) => lines.push(s);
    try {
      expect(await registryCli(['export', '--format', 'claimreview'])).toBe(0);
    } finally {
      console.log = log;
    }
    const out = JSON.parse(lines.join('\n')) as unknown[];
    expect(out).toHaveLength(BUNDLED_FACTS.length);
    expect(out.every((x) => checkClaimReviewShape(x).length === 0)).toBe(true);
  });
});

describe('ClaimReview markup on a page', () => {
  it('is read from plain objects, arrays and @graph, and broken JSON is ignored', () => {
    const reviews = readClaimReviews([
      JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'AI took 40% of jobs', reviewRating: { '@type': 'Rating', alternateName: 'False' }, author: { '@type': 'Organization', name: 'Cek Fakta' }, url: 'https://example.org/check' }),
      JSON.stringify({ '@graph': [{ '@type': 'NewsArticle' }, { '@type': ['ClaimReview'], claimReviewed: 'x', reviewRating: { ratingValue: 2, bestRating: 5 }, author: [{ name: 'A' }], url: 'javascript:alert(1)' }] }),
      '{ broken',
    ]);
    expect(reviews).toEqual([
      { claim: 'AI took 40% of jobs', rating: 'False', author: 'Cek Fakta', url: 'https://example.org/check' },
      { claim: 'x', rating: '2/5', author: 'A', url: null },
    ]);
  });
});
