/** What the card of a claim shows: the claim as read, the whole fact behind it and the page's own checks. */
import { pageAddress } from '../../page/article-frames.ts';
import type { ClaimCardRequest } from '../../types/claim-card.ts';
import { checkLabel, t, verdictLabel } from '../i18n.ts';
import type { ReadingClient } from '../reading-client.ts';
import { recountVersion } from '../recount-version.ts';
import type { ClaimBatches } from './claim-batches.ts';
import type { MarksLayer } from './marks-layer.ts';
import type { PageGate } from './page-gate.ts';
import type { PageReport } from './page-report.ts';
import type { Steps } from './steps.ts';

/** Where the card finds what it shows. */
export interface CardSource {
  batches: ClaimBatches;
  marks: MarksLayer;
  gate: PageGate;
  report: PageReport;
  client: ReadingClient;
  steps: Steps;
}

export type CardContent = Omit<ClaimCardRequest, 'position' | 'onClose' | 'moreOpen' | 'onMoreToggle'>;

/** The card of claim `id` and the first mark it opens beside; null when the claim or its mark is gone. */
export async function cardContent(source: CardSource, id: number, doc: Document): Promise<{ mark: HTMLElement; content: CardContent } | null> {
  const { batches, marks, gate, report, client, steps } = source;
  const claim = batches.claimAt(id);
  const mark = marks.marksOf(id)?.[0];
  if (!claim || !mark) return null;
  // The page holds only ids and verdicts; the card shows the whole fact.
  const fact = claim.fact ? ((await steps.guard(client.details([claim.fact.id]))).get(claim.fact.id) ?? null) : null;
  const content = { claimText: claim.text, figure: claim, fact, check: fact ? (claim.check ?? null) : null, checks: claim.checks ?? [], lang: gate.lang, claimReviews: report.claimReviews(), pageUrl: pageAddress(doc), version: recountVersion(), t, verdictLabel, checkLabel };
  return { mark, content };
}
