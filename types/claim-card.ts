/**
 * What the tab controller asks the card view to show. The view (Preact, in components/) is handed
 * to the controller by the content script, so extension/ and components/ never import each other.
 */
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';
import type { Claim } from '../core/claims/claim-types.ts';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import type { PageClaimReview } from '../core/registry/claimreview.ts';

/** What the card knows of a figure as the article wrote it. */
export type FigureShape = Pick<Claim, 'value' | 'range' | 'change' | 'unit' | 'kind' | 'valueKind' | 'per'>;

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

export interface ClaimCardRequest {
  claimText: string;
  /** How the figure was read; the card writes it for people ("300 million jobs"). */
  figure: FigureShape;
  fact: Fact | null;
  /** The verdict on this claim against its fact. */
  check: ClaimCheck | null;
  /** What the article's own arithmetic says against this figure. */
  checks: ArithmeticCheck[];
  lang: string;
  claimReviews: PageClaimReview[];
  /** For the reader's "This looks wrong" report: the page's address and Recount's version. */
  pageUrl: string;
  version: string;
  /** Where the card sits, and the most height it may take there (it scrolls inside beyond that). */
  position: CardPosition;
  onClose: () => void;
  /** Whether the details behind "More" are shown; the reader's last choice, kept in extension storage. */
  moreOpen: boolean;
  onMoreToggle: (open: boolean) => void;
  t: Translate;
  verdictLabel: (verdict: string) => string;
  checkLabel: (status: string) => string;
}

export interface CardPosition {
  top: number;
  left: number;
  /** Omitted until the card has been measured. */
  maxHeight?: number;
}

export interface CardView {
  /** The card's styles, put in its shadow root. */
  css: string;
  /** Draws the card into `container`, or clears it when `card` is null. */
  render(container: Element, card: ClaimCardRequest | null): void;
}

/** Loads the card view when a card is first opened (in the extension, a stage of its own). */
export type LoadCardView = () => Promise<CardView>;

/** The card's geometry, shared by its CSS and by the code that places it beside a figure. */
export const CARD_GEOMETRY = {
  width: 380,
  /** Space kept between the card and the viewport's edges. */
  margin: 12,
  /** Gap between the figure and the card. */
  gap: 8,
  maxHeight: 560,
  maxHeightVh: 70,
} as const;
