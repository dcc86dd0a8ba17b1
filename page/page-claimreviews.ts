/** The page's own ClaimReview markup (JSON-LD), read without running or changing anything. */
import { readClaimReviews, type PageClaimReview } from '../core/registry/claimreview.ts';

export function pageClaimReviews(doc: Document): PageClaimReview[] {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 50);
  if (scripts.length === 0) return [];
  return readClaimReviews(scripts.map((s) => (s.textContent ?? '').slice(0, 200_000)));
}
