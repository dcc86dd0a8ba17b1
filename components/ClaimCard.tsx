/**
 * The card that opens on a highlighted figure: the claim as written, the verdict on this claim
 * and the source's own figure, then as context the fact: how the news usually uses it, what the
 * figure means, counterpoints and sources. A non-modal dialog: Esc or a click outside closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';
import { ArithmeticChecks } from './ArithmeticChecks.tsx';
import type { Fact } from '../core/registry/fact-types.ts';
import { ClaimCheckLine } from './ClaimCheckLine.tsx';
import type { PageClaimReview } from '../core/registry/claimreview.ts';
import { FactDetails, type FactLabels } from './FactDetails.tsx';
import { PageReviews } from './PageReviews.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

export interface CardLabels extends FactLabels {
  title: string;
  claimLabel: string;
  verdict: string;
  close: string;
  noFact: string;
  readAs: string;
  verdictName: string;
  pageReview: string;
  /** The claim's own verdict, named in the interface language. */
  checkName: string;
  /** "Named in the text: IMF", or '' when the text names no source. */
  named: string;
  /** "Does not add up": before a check's worked arithmetic. */
  arithmetic?: string;
}

export interface ClaimCardProps {
  claimText: string;
  fact: Fact | null;
  /** The verdict on this claim; with a fact, the card leads with it. */
  check?: ClaimCheck | null;
  lang: string;
  labels: CardLabels;
  claimReviews?: PageClaimReview[];
  /** What the article's own figures say against this one. */
  checks?: ArithmeticCheck[];
  position: { top: number; left: number };
  onClose: () => void;
}

export function ClaimCard(props: ClaimCardProps) {
  const { fact, labels, lang } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, [props.claimText, fact?.id]);
  const L = lang === 'id' ? 'id' : 'en';
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    }
  };
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="recount-card-title"
      tabIndex={-1}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
      onKeyDown={onKeyDown}
    >
      <div class="card-head">
        <h2 id="recount-card-title">{fact ? fact.title[L] || fact.title.en : labels.title}</h2>
        <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="claim">
        <span class="label">{labels.claimLabel}: </span>
        <q>{props.claimText}</q>
      </p>
      <ArithmeticChecks checks={props.checks ?? []} label={labels.arithmetic ?? ''} />
      {fact ? (
        <>
          {props.check ? <ClaimCheckLine fact={fact} check={props.check} lang={lang} statusLabel={labels.checkName} named={labels.named} /> : null}
          <p class="verdict-line">
            <span class="label">{labels.verdict}: </span>
            <VerdictBadge verdict={fact.verdict} label={labels.verdictName} />
          </p>
          <p class="summary">{fact.summary[L] || fact.summary.en}</p>
          <FactDetails fact={fact} lang={lang} labels={labels} />
        </>
      ) : (
        <>
          <p class="read-as">{labels.readAs}</p>
          <p class="no-fact">{labels.noFact}</p>
        </>
      )}
      <PageReviews reviews={props.claimReviews ?? []} title={labels.pageReview} />
    </div>
  );
}
