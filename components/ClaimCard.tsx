/**
 * The card that opens on a highlighted figure. Short first: the verdict on this claim and the
 * source's own figure (or the correction), then the figure as written. Everything else (the fact's
 * usual verdict, what it measures and does not, counterpoints, chart, sources, the page's own
 * fact-checks) sits behind one "More" button whose state the presenter remembers. A non-modal
 * dialog: Tab cycles inside it, Esc or a click outside closes it, and a status line announces it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';
import { ArithmeticChecks } from './ArithmeticChecks.tsx';
import { checkNote } from '../core/registry/check-note.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import type { CardPosition } from '../types/claim-card.ts';
import { ClaimCheckLine } from './ClaimCheckLine.tsx';
import type { PageClaimReview } from '../core/registry/claimreview.ts';
import { claimedFor } from './chart-plan.ts';
import type { FigureShape } from '../types/claim-card.ts';
import { FactDetails, type FactLabels } from './FactDetails.tsx';
import { PageReviews } from './PageReviews.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';
import { WrongReport, type WrongReportLabels } from './WrongReport.tsx';

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
  /** The button that shows the details. */
  more: string;
  /** What the claim's verdict means: the badge's tooltip, as in the popup's glossary. */
  checkHelp?: string;
  wrong?: WrongReportLabels;
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
  position: CardPosition;
  onClose: () => void;
  moreOpen?: boolean;
  onMoreToggle?: (open: boolean) => void;
  /** The figure as the article gives it, for the chart to plot its measure and mark it. */
  figure?: FigureShape;
  /** The ready report for "This looks wrong"; none, no button. */
  wrongReport?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside the card: from its last stop to its first, and back. */
function cycleFocus(dialog: HTMLElement, e: KeyboardEvent): void {
  const stops = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden]'));
  if (stops.length === 0) return;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

export function ClaimCard(props: ClaimCardProps) {
  const { fact, labels, lang, check } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const L = lang === 'id' ? 'id' : 'en';
  const lead = fact && check ? `${labels.checkName}. ${checkNote(fact, check, L)}` : fact ? `${labels.verdictName}. ${fact.summary[L] || fact.summary.en}` : labels.noFact;
  // The status line is filled after the card is drawn, so that screen readers hear the change.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    dialog.current?.focus();
    setAnnounced(lead);
  }, [props.claimText, fact?.id]);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Tab' && dialog.current) cycleFocus(dialog.current, e);
  };
  const moreOpen = props.moreOpen ?? false;
  const { top, left, maxHeight } = props.position;
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="recount-card-title"
      aria-describedby="recount-card-lead"
      tabIndex={-1}
      style={{ top: `${top}px`, left: `${left}px`, ...(maxHeight === undefined ? {} : { maxHeight: `${maxHeight}px` }) }}
      onKeyDown={onKeyDown}
    >
      <div class="card-head">
        <h2 id="recount-card-title">{fact ? fact.title[L] || fact.title.en : labels.title}</h2>
        <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div id="recount-card-lead" class="lead">
        {fact && check ? (
          <ClaimCheckLine fact={fact} check={check} lang={lang} statusLabel={labels.checkName} named={labels.named} help={labels.checkHelp} />
        ) : fact ? (
          <>
            <p class="verdict-line">
              <VerdictBadge verdict={fact.verdict} label={labels.verdictName} />
            </p>
            <p class="summary">{fact.summary[L] || fact.summary.en}</p>
          </>
        ) : (
          <>
            <p class="read-as">{labels.readAs}</p>
            <p class="no-fact">{labels.noFact}</p>
          </>
        )}
      </div>
      <p class="claim">
        <span class="label">{labels.claimLabel}: </span>
        <q>{props.claimText}</q>
      </p>
      <ArithmeticChecks checks={props.checks ?? []} label={labels.arithmetic ?? ''} />
      {fact ? (
        <>
          <button type="button" class="more" aria-expanded={moreOpen ? 'true' : 'false'} aria-controls="recount-card-more" onClick={() => props.onMoreToggle?.(!moreOpen)}>
            {labels.more}
          </button>
          <div id="recount-card-more" hidden={!moreOpen}>
            {check ? (
              <>
                <p class="verdict-line">
                  <span class="label">{labels.verdict}: </span>
                  <VerdictBadge verdict={fact.verdict} label={labels.verdictName} />
                </p>
                <p class="summary">{fact.summary[L] || fact.summary.en}</p>
              </>
            ) : null}
            <FactDetails fact={fact} lang={lang} labels={labels} claimed={props.figure ? claimedFor(props.figure.valueKind, props.figure.value ?? props.figure.change?.to ?? null, fact, check) : null} />
            <PageReviews reviews={props.claimReviews ?? []} title={labels.pageReview} />
            {props.wrongReport && labels.wrong ? <WrongReport report={props.wrongReport} labels={labels.wrong} /> : null}
          </div>
        </>
      ) : (
        <PageReviews reviews={props.claimReviews ?? []} title={labels.pageReview} />
      )}
      <p class="sr-only" role="status">
        {announced}
      </p>
    </div>
  );
}
