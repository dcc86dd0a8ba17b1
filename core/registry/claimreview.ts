/**
 * schema.org ClaimReview, both ways: the registry exported as ClaimReview JSON-LD, and a page's
 * own ClaimReview markup read into a small summary for the popup and the card.
 */
import type { Fact, Verdict } from './fact-types.ts';

/** Verdicts on schema.org's 1 (worst) to 5 (best) scale, with our wording as alternateName. */
export const VERDICT_RATING: Record<Verdict, { value: number; name: string }> = {
  accurate: { value: 5, name: 'Accurate' },
  'needs-context': { value: 4, name: 'Needs context' },
  'forecast-as-fact': { value: 3, name: 'Forecast stated as fact' },
  misattributed: { value: 2, name: 'Misattributed' },
  inaccurate: { value: 1, name: 'Inaccurate' },
  unverifiable: { value: 3, name: 'Unverifiable' },
};

export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  reviewBody: string;
  datePublished: string;
  author: { '@type': 'Organization'; name: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: 5; worstRating: 1; alternateName: string };
  itemReviewed: { '@type': 'Claim'; name: string };
  /** The sources of the correct figures (not where the claim appeared, which varies by article). */
  citation: { '@type': 'CreativeWork'; url: string; headline: string; datePublished?: string; publisher: { '@type': 'Organization'; name: string } }[];
  inLanguage: string;
}

export function factToClaimReview(fact: Fact, lang: 'en' | 'id' = 'en'): ClaimReviewJson {
  const rating = VERDICT_RATING[fact.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: fact.id,
    claimReviewed: fact.title[lang],
    reviewBody: `${fact.summary[lang]} ${fact.meaning[lang]}`,
    datePublished: fact.reviewed,
    author: { '@type': 'Organization', name: 'Recount' },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    itemReviewed: { '@type': 'Claim', name: fact.title[lang] },
    citation: fact.sources.map((s) => ({ '@type': 'CreativeWork', url: s.url, headline: s.title, ...(s.date ? { datePublished: s.date } : {}), publisher: { '@type': 'Organization', name: s.publisher } })),
    inLanguage: lang,
  };
}

/** The shape we promise (and a test checks): the fields Google's ClaimReview guidelines require. */
export function checkClaimReviewShape(x: unknown): string[] {
  const problems: string[] = [];
  const o = x as Record<string, unknown>;
  if (!o || typeof o !== 'object') return ['not an object'];
  if (o['@context'] !== 'https://schema.org') problems.push('@context must be https://schema.org');
  if (o['@type'] !== 'ClaimReview') problems.push('@type must be ClaimReview');
  for (const f of ['claimReviewed', 'datePublished']) if (typeof o[f] !== 'string' || !(o[f] as string).length) problems.push(`${f} is required`);
  if (typeof o.datePublished === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(o.datePublished)) problems.push('datePublished must be an ISO date');
  const author = o.author as Record<string, unknown> | undefined;
  if (!author || typeof author.name !== 'string' || !['Organization', 'Person'].includes(author['@type'] as string)) problems.push('author needs @type and name');
  const r = o.reviewRating as Record<string, unknown> | undefined;
  if (!r || r['@type'] !== 'Rating' || typeof r.alternateName !== 'string') problems.push('reviewRating needs @type Rating and alternateName');
  else if (typeof r.ratingValue !== 'number' || r.ratingValue < (r.worstRating as number) || r.ratingValue > (r.bestRating as number)) problems.push('ratingValue must lie between worstRating and bestRating');
  const item = o.itemReviewed as Record<string, unknown> | undefined;
  if (!item || item['@type'] !== 'Claim') problems.push('itemReviewed needs @type Claim');
  if (!Array.isArray(o.citation) || o.citation.length === 0) problems.push('citation must list the sources');
  else for (const a of o.citation as Record<string, unknown>[]) if (typeof a.url !== 'string' || !a.url.startsWith('https://')) problems.push('every citation needs an https url');
  return problems;
}

export interface PageClaimReview {
  claim: string;
  rating: string;
  author: string;
  url: string | null;
}

/** Reads ClaimReview objects out of JSON-LD texts (top level, arrays and @graph). Never throws. */
export function readClaimReviews(jsonLdTexts: string[]): PageClaimReview[] {
  const out: PageClaimReview[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const o = node as Record<string, unknown>;
    const type = o['@type'];
    if (type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'))) {
      const rating = o.reviewRating as Record<string, unknown> | undefined;
      const author = (Array.isArray(o.author) ? o.author[0] : o.author) as Record<string, unknown> | undefined;
      const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 300) : typeof v === 'number' ? String(v) : '');
      out.push({
        claim: text(o.claimReviewed),
        rating: text(rating?.alternateName) || (rating ? `${text(rating.ratingValue)}/${text(rating.bestRating) || '5'}` : ''),
        author: text(author?.name),
        url: typeof o.url === 'string' && o.url.startsWith('https://') ? o.url : null,
      });
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const t of jsonLdTexts) {
    try {
      visit(JSON.parse(t), 0);
    } catch {
      // A page's broken JSON-LD is the page's business.
    }
  }
  return out.slice(0, 20);
}
