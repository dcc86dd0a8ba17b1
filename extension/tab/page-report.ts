/** What the tab tells the popup and the benchmark: its claims, its verdicts and what reading cost. */
import type { PageClaimReview } from '../../core/registry/claimreview.ts';
import { pageClaimReviews } from '../../page/page-claimreviews.ts';
import type { PagePerf, PageState } from '../../types/page-state.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { ClaimBatches } from './claim-batches.ts';
import type { MarksLayer } from './marks-layer.ts';
import type { PageGate } from './page-gate.ts';
import type { Steps } from './steps.ts';

/** What only the controller knows: its phase, its queue, its settings' verdicts. */
export type Standing = Pick<PageState, 'phase' | 'settled' | 'siteDisabled' | 'highlighted' | 'settingsRevision'> & { done: boolean };

const round = (ms: number): number => Math.round(ms * 100) / 100;
const rounded = (byName: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(byName).map(([k, v]) => [k, round(v)]));

export class PageReport {
  private reviews: PageClaimReview[] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly parts: { gate: PageGate; batches: ClaimBatches; marks: MarksLayer; steps: Steps; client: ReadingClient },
    private readonly standing: () => Standing,
  ) {}

  /** The page's own ClaimReview markup, read when first shown (the card or the popup). */
  claimReviews(): PageClaimReview[] {
    this.reviews ??= this.parts.steps.measure(() => pageClaimReviews(this.doc), 'claimreview');
    return this.reviews;
  }

  state(): PageState {
    const { done, ...standing } = this.standing();
    const { gate, batches, marks, steps } = this.parts;
    const meter = steps.meter;
    const claims = batches.all.flatMap((b) =>
      b.claims.map((c, i) => {
        const index = b.offset + i;
        return { index, text: c.text, kind: c.kind, factId: c.fact?.id ?? null, check: c.check ?? null, highlighted: !!marks.marksOf(index), ...(c.checks?.length ? { checks: c.checks } : {}) };
      }),
    );
    return {
      url: this.doc.location?.href ?? '',
      lang: gate.lang,
      isArticle: gate.isArticle,
      isAiWork: gate.aiWork.isAiWork,
      aiWorkScore: gate.aiWork.score,
      claims,
      claimReviews: this.claimReviews(),
      perf: { workMs: round(meter.totalMs), maxTaskMs: round(meter.maxMs), steps: meter.steps, done },
      ...standing,
    };
  }

  /** What reading this page has cost so far, without reading anything more (for the benchmark). */
  perf(): Omit<PagePerf, 'addedContent'> {
    const { done, phase, settled } = this.standing();
    const { gate, batches, steps, client } = this.parts;
    const meter = steps.meter;
    return {
      workMs: round(meter.totalMs),
      backgroundMs: round(client.backgroundMs),
      maxTaskMs: round(meter.maxMs),
      steps: meter.steps,
      done,
      isArticle: gate.isArticle,
      isAiWork: gate.aiWork.isAiWork,
      claims: batches.claimCount,
      byStep: rounded(meter.byName),
      maxByStep: rounded(meter.maxByName),
      phase,
      settled,
    };
  }
}
