/**
 * The card beside a figure: a host element with a closed shadow root (the page's CSS cannot reach
 * in, nor its scripts read what the card shows), drawn by the view the content script loads
 * when a card is first opened (see card-handoff.ts), then measured and placed below or above the mark
 * (see card-placement.ts). While it is open it follows its figure on scroll and resize, closes when
 * the figure leaves the screen, and Esc anywhere closes it. Closing it removes the host and gives
 * focus back to the figure.
 */
import { CARD_TAG, MARK_TAG } from '../../page/tag-names.ts';
import type { CardPosition, CardView, LoadCardView } from '../../types/claim-card.ts';
import { loadMoreOpen, saveMoreOpen } from '../card-more-state.ts';
import { placeCard } from '../card-placement.ts';
import { cardContent, type CardContent, type CardSource } from './card-content.ts';
import type { Quietly } from './marks-layer.ts';
import type { InputTarget } from './page-input.ts';

export class CardPresenter implements InputTarget {
  private host: HTMLElement | null = null;
  private container: Element | null = null;
  private openedFor: HTMLElement | null = null;
  private content: CardContent | null = null;
  private position: CardPosition = { top: 0, left: 0 };
  private moreOpen: boolean | null = null;
  /** Ends the listeners of the open card. */
  private listening: AbortController | null = null;
  private frame = 0;
  /** Set once the card's view has loaded (on the first card opened). */
  private view: CardView | null = null;

  constructor(
    private readonly doc: Document,
    private readonly loadView: LoadCardView,
    private readonly quietly: Quietly,
    private readonly source: CardSource,
  ) {}

  /** Opens the card of claim `id` beside its first mark. */
  async openCard(id: number): Promise<void> {
    // The view loads (for the first card only) while the background is asked for the fact.
    const [found, view] = await Promise.all([cardContent(this.source, id, this.doc), this.view ?? this.source.steps.guard(this.loadView())]);
    this.view = view;
    if (!found) return;
    this.moreOpen ??= await loadMoreOpen();
    this.open(found.mark, found.content);
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
    if (!this.host) this.mount();
    this.openedFor = mark;
    this.content = content;
    // A figure partly off screen is brought into view first, so the card has a place beside it.
    const rect = mark.getBoundingClientRect();
    const vh = this.doc.defaultView?.innerHeight ?? 768;
    if (rect.top < 0 || rect.bottom > vh) mark.scrollIntoView({ block: 'center' });
    this.position = { top: 0, left: 0 };
    this.draw();
    this.place();
  }

  private draw(): void {
    if (!this.container || !this.content || !this.view) return;
    this.view.render(this.container, {
      ...this.content,
      position: this.position,
      moreOpen: this.moreOpen ?? false,
      onMoreToggle: (open) => {
        this.moreOpen = open;
        saveMoreOpen(open);
        this.draw();
        this.place();
      },
      onClose: () => this.close(true),
    });
  }

  /** Measures the drawn card and puts it beside its figure; closes it when the figure has left the screen. */
  private place(): void {
    const card = this.container?.firstElementChild as HTMLElement | null;
    const mark = this.openedFor;
    const view = this.doc.defaultView;
    if (!card || !mark?.isConnected || !view) return;
    // Borders and padding included, whatever the card's current max-height.
    const height = card.scrollHeight + card.offsetHeight - card.clientHeight;
    const position = placeCard(mark.getBoundingClientRect(), height, { width: view.innerWidth, height: view.innerHeight });
    if (!position) {
      this.close(true);
      return;
    }
    const p = this.position;
    if (p.top === position.top && p.left === position.left && p.maxHeight === position.maxHeight) return;
    this.position = position;
    this.draw();
  }

  private mount(): void {
    if (!this.view) return;
    const host = this.doc.createElement(CARD_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = this.view.css;
    shadow.appendChild(style);
    this.container = shadow.appendChild(this.doc.createElement('div'));
    this.quietly(() => this.doc.documentElement.appendChild(host));
    this.host = host;
    this.listen();
  }

  /** While the card is open: follow the figure on scroll (of the page or any scroller in it) and resize; Esc anywhere closes. */
  private listen(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.listening = new AbortController();
    const { signal } = this.listening;
    const follow = (): void => {
      if (this.frame) return;
      this.frame = view.requestAnimationFrame(() => {
        this.frame = 0;
        this.place();
      });
    };
    view.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    view.addEventListener('resize', follow, { passive: true, signal });
    this.doc.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape') this.close(true);
      },
      { capture: true, signal },
    );
  }

  close(refocus: boolean): void {
    const host = this.host;
    if (!host) return;
    this.host = null;
    this.listening?.abort();
    this.listening = null;
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.container) this.view?.render(this.container, null);
    this.container = null;
    this.content = null;
    this.quietly(() => host.remove());
    if (refocus && this.openedFor?.isConnected) this.openedFor.focus({ preventScroll: true });
    this.openedFor = null;
  }

  dispose(): void {
    this.close(false);
  }
}
