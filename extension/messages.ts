/** Messages between the popup and the content script. */
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';
import type { ClaimKind } from '../core/claims/claim-types.ts';
import type { PageClaimReview } from '../core/registry/claimreview.ts';

export interface ClaimSummary {
  index: number;
  text: string;
  kind: ClaimKind;
  factId: string | null;
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
}

export type Request = { type: 'recount:get-state' } | { type: 'recount:get-perf' } | { type: 'recount:focus-claim'; index: number };
