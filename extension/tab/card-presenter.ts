/**
 * The card beside a figure: a host element with a shadow root (the page's CSS cannot reach in),
 * placed beside the mark, drawn by the view the content script hands in. Closing it removes the
 * host, and gives focus back to the figure when the reader closed it.
 */
import { CARD_TAG, MARK_TAG } from '../../page/tag-names.ts';
import { CARD_GEOMETRY as G, type CardView, type ClaimCardRequest } from '../../types/claim-card.ts';
import { checkLabel, t, verdictLabel } from '../i18n.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { ClaimBatches } from './claim-batches.ts';
import type { MarksLayer, Quietly } from './marks-layer.ts';
import type { PageGate } from './page-gate.ts';
import type { InputTarget } from './page-input.ts';
import { describeClaim, type PageReport } from './page-report.ts';
import type { Steps } from './steps.ts';

/** Where the card finds what it shows. */
interface CardSource {
  batches: ClaimBatches;
  marks: MarksLayer;
  gate: PageGate;
  report: PageReport;
  client: ReadingClient;
  steps: Steps;
}

type CardContent = Omit<ClaimCardRequest, 'position' | 'onClose'>;

export class CardPresenter implements InputTarget {
  private host: HTMLElement | null = null;
  private openedFor: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly view: CardView,
    private readonly quietly: Quietly,
    private readonly source: CardSource,
  ) {}

  /** Opens the card of claim `id` beside its first mark. */
  async openCard(id: number): Promise<void> {
    const { batches, marks, gate, report, client, steps } = this.source;
    const claim = batches.claimAt(id);
    const mark = marks.marksOf(id)?.[0];
    if (!claim || !mark) return;
    // The page holds only ids and verdicts; the card shows the whole fact.
    const fact = claim.fact ? ((await steps.guard(client.details([claim.fact.id]))).get(claim.fact.id) ?? null) : null;
    const claimReviews = report.claimReviews();
    this.open(mark, {
      claimText: claim.text, readAs: describeClaim(claim), fact,
      check: fact ? (claim.check ?? null) : null,
      checks: claim.checks ?? [],
      lang: gate.lang,
      claimReviews,
      t,
      verdictLabel,
      checkLabel,
    });
  }

  /** A pointer down outside the card and off any mark closes the card. */
  pointerDownAt(target: Element | null, path: EventTarget[]): void {
    if (this.host && !path.includes(this.host) && !target?.closest(MARK_TAG)) this.close(false);
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  private open(mark: HTMLElement, content: CardContent): void {
    if (!mark.isConnected) return;
    const host = this.host ?? this.mount();
    this.openedFor = mark;
    this.view.render(host.shadowRoot!.lastElementChild!, { ...content, position: this.placeBeside(mark), onClose: () => this.close(true) });
  }

  private mount(): HTMLElement {
    const host = this.doc.createElement(CARD_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = this.view.css;
    shadow.appendChild(style);
    shadow.appendChild(this.doc.createElement('div'));
    this.quietly(() => this.doc.documentElement.appendChild(host));
    this.host = host;
    return host;
  }

  /** Below the figure, or above it when the room below is short and the figure is low on screen. */
  private placeBeside(mark: HTMLElement): { top: number; left: number } {
    const rect = mark.getBoundingClientRect();
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const width = Math.min(G.width, vw - 2 * G.margin);
    const left = Math.max(G.margin, Math.min(rect.left, vw - width - G.margin));
    const below = rect.bottom + G.gap;
    const height = Math.min((vh * G.maxHeightVh) / 100, G.maxHeight);
    const top = below + G.roomBelow > vh && rect.top > vh / 2 ? Math.max(G.margin, rect.top - height - G.gap) : below;
    return { top, left };
  }

  close(refocus: boolean): void {
    const host = this.host;
    if (!host) return;
    this.host = null;
    this.view.render(host.shadowRoot!.lastElementChild!, null);
    this.quietly(() => host.remove());
    if (refocus && this.openedFor?.isConnected) this.openedFor.focus();
    this.openedFor = null;
  }

  dispose(): void {
    this.close(false);
  }
}
