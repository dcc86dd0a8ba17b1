/** Fact-checks the page itself carries as ClaimReview markup: rating and author, as text. */
import type { PageClaimReview } from '../core/registry/claimreview.ts';

export function PageReviews(props: { reviews: PageClaimReview[]; title: string }) {
  if (props.reviews.length === 0) return null;
  return (
    <section class="page-reviews" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ul>
        {props.reviews.map((r, i) => (
          <li key={i}>
            <q>{r.claim}</q> — <strong>{r.rating}</strong>
            {r.author ? ` (${r.author})` : ''}
            {r.url ? (
              <>
                {' '}
                <a href={r.url} target="_blank" rel="noopener noreferrer" aria-label={r.author || r.rating}>
                  ↗
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
