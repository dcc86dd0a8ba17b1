/** Messages between the popup and the content script. */
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';
import type { ClaimKind } from '../core/claims/claim-types.ts';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import type { PageClaimReview } from '../core/registry/claimreview.ts';

/**
 * Where a tab's reading stands. `idle`: the gates have not run (or the site is off); `gated-out`:
 * not an article about AI and work; `reading`: chunks are being read and marked; `waiting-for-scroll`:
 * read to a screen below the viewport, more when the reader scrolls; `paused`: highlights are off,
 * so reading stopped early; `all-read`: the article is read to its end; `disposed`: torn down.
 */
export type Phase = 'idle' | 'gated-out' | 'reading' | 'waiting-for-scroll' | 'paused' | 'all-read' | 'disposed';

/**
 * Settled: how many times the tab's queued work has run dry, and whether it is dry now. A caller
 * that changed something waits for `idle` after its change instead of for a while.
 */
export interface Settled {
  count: number;
  idle: boolean;
}

export interface ClaimSummary {
  index: number;
  text: string;
  kind: ClaimKind;
  factId: string | null;
  /** The verdict on this claim against the fact. */
  check: ClaimCheck | null;
  highlighted: boolean;
  /** What the article's own figures say against this one (absent when nothing). */
  checks?: ArithmeticCheck[];
}

export interface PageState {
  url: string;
  lang: string;
  isArticle: boolean;
  isAiWork: boolean;
  aiWorkScore: number;
  siteDisabled: boolean;
  highlighted: boolean;
  claims: ClaimSummary[];
  /** Fact-checks the page itself carries as schema.org ClaimReview markup. */
  claimReviews: PageClaimReview[];
  /** Main-thread work on this page so far: total, longest step, number of steps. */
  perf: { workMs: number; maxTaskMs: number; steps: number; done: boolean };
  phase: Phase;
  settled: Settled;
  /** The revision of the settings the tab followed when it answered (see Settings.revision). */
  settingsRevision: number;
}

export interface PagePerf {
  /** Main-thread work on the page. */
  workMs: number;
  /** Work the background did for the page, off its main thread. */
  backgroundMs: number;
  maxTaskMs: number;
  steps: number;
  done: boolean;
  isArticle: boolean;
  isAiWork: boolean;
  claims: number;
  byStep: Record<string, number>;
  maxByStep: Record<string, number>;
  phase: Phase;
  settled: Settled;
  /**
   * Content the page added after it was read: chunks read, chunks left unread over the per-minute
   * budget, and rewrites passed over because their container kept being rewritten (a ticker),
   * with the mutation records the tab's watcher handled (none per tick of a ticker passed over)
   * and the checks it made of passed-over containers (one each every few seconds).
   */
  addedContent: { read: number; refused: number; passedOver: number; records?: number; checks?: number };
}

/** `afterRevision`: answer once the tab follows that revision of the settings (the popup has just saved it) or a later one. */
export type Request =
  | { type: 'recount:get-state'; afterRevision?: number }
  | { type: 'recount:get-perf' }
  | { type: 'recount:focus-claim'; index: number };
