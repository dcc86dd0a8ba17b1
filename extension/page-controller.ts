/**
 * Everything Recount does in one tab, as a story over small parts (in tab/), each owning its DOM
 * changes and their undo. Where reading stands is one field, `phase`. Work runs one piece at a time
 * on a serial queue; every step re-checks that the tab is alive, and teardown disposes the parts in
 * reverse order, after which nothing runs. Nothing here may throw into the page.
 */
import type { LoadCardView } from '../types/claim-card.ts';
import type { PagePerf, PageState, Phase } from '../types/page-state.ts';
import type { Settings } from '../types/settings.ts';
import type { ReadingClient } from './reading-client.ts';
import type { InputTarget } from './tab/page-input.ts';
import { SerialQueue } from './tab/serial-queue.ts';
import { createSteps } from './tab/steps.ts';
import { makeParts, type TabParts } from './tab/tab-parts.ts';

export class PageController {
  phase: Phase = 'idle';
  /**
   * Called once when the page has become another page without a load (an SPA's navigation, its
   * article container or the whole article replaced). The owner tears this controller down and
   * starts a fresh one: new gates, no old claims or marks.
   */
  onNavigate: (() => void) | null = null;
  /** Whether the first pass over the page (gates, then reading near the viewport) is over. */
  private firstPassDone = false;
  private readonly life = new AbortController();
  private readonly steps = createSteps(this.life.signal);
  private readonly queue = new SerialQueue(this.life.signal);
  private readonly parts: TabParts;

  constructor(
    doc: Document,
    client: ReadingClient,
    settings: Settings,
    signal: AbortSignal,
    /** The card's view, loaded when a card is first opened. */
    loadCardView: LoadCardView,
    /** The page-wide prefilter's verdict on `doc`, where the content script's first stage has it. */
    firstVerdict?: boolean,
  ) {
    this.parts = makeParts(doc, client, settings, loadCardView, this.steps, {
      navigated: () => this.navigated(),
      readAdded: (nodes) => this.readAdded(nodes),
      standing: () => ({ phase: this.phase, settled: this.queue.settled, done: this.firstPassDone, highlighted: this.shouldHighlight, siteDisabled: this.parts.followed.siteDisabled, settingsRevision: this.parts.followed.revision }),
      shouldHighlight: () => this.shouldHighlight,
      overlays: () => this.parts.followed.current.overlays,
    }, firstVerdict);
    if (signal.aborted) this.teardown();
    else signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  private get shouldHighlight(): boolean {
    return this.phase !== 'disposed' && !this.parts.followed.siteDisabled && this.parts.followed.current.highlights && this.parts.gate.passed;
  }

  /** Reads the page (cheap gates first) and shows what the settings ask for. */
  start(): Promise<void> {
    return this.queue.run('stopped on this page', () => this.run());
  }

  /** Resolves once no work is queued or running (tests and the benchmark wait on it). */
  whenSettled(): Promise<void> {
    return this.queue.whenIdle();
  }

  private async run(): Promise<void> {
    if (this.parts.followed.siteDisabled) return;
    // Cheapest gate first: most pages are not about AI and work, and a substring count over a
    // bounded sample of their text says so for about the cost of walking it once. Only then is
    // the page asked whether it is an article, and its article read.
    if (this.phase === 'idle') {
      if ((await this.parts.gate.mayBeAboutAiAndWork()) && (await this.parts.gate.checkArticle())) await this.parts.reading.openArticle();
      this.settlePhase();
      this.parts.navigation.watch(this.parts.reader.body);
    }
    if (this.parts.gate.passed) {
      this.parts.watcher.watch(this.parts.reader.body);
      if (this.shouldHighlight) await this.readNearViewport();
    }
    await this.parts.display.render();
    this.firstPassDone = true;
  }

  /** The phase from where the parts stand, once a piece of work is over. */
  private settlePhase(): void {
    if (this.phase === 'disposed') return;
    if (!this.parts.gate.passed) this.phase = 'gated-out';
    else if (this.parts.reader.allRead) this.phase = 'all-read';
    else this.phase = this.parts.reader.watching ? 'waiting-for-scroll' : 'paused';
  }

  /**
   * Reads and matches chunk after chunk while the text read so far ends within a screen below the
   * viewport, highlights them, then waits for the reader to scroll near the rest.
   */
  private async readNearViewport(): Promise<void> {
    this.parts.reader.stopWatching();
    this.phase = 'reading';
    while (this.shouldHighlight) {
      const batch = await this.parts.reading.scanNext();
      if (!batch) break;
      const edge = batch.projection.segments[batch.projection.segments.length - 1]?.node.parentElement;
      if (this.parts.reader.allRead) break;
      if (edge && !(await this.steps.guard(this.parts.reader.isNearViewport(edge)))) {
        this.parts.reader.watchScroll(edge, () => this.queue.post('could not read on', () => this.readNearViewport()));
        break;
      }
    }
    // Every chunk up to the viewport is read and matched first, then marked in one pass.
    await this.parts.display.render();
    this.settlePhase();
  }

  updateSettings(settings: Settings): void {
    this.parts.followed.now(settings);
    this.queue.post('could not apply settings', async () => {
      if (this.parts.followed.siteDisabled) return this.parts.display.render();
      if (this.phase === 'idle') return this.run();
      await this.parts.display.render();
      if (this.shouldHighlight) {
        this.parts.watcher.watch(this.parts.reader.body);
        if (!this.parts.reader.allRead && !this.parts.reader.watching) await this.readNearViewport();
      }
    });
  }

  /** The registry changed (an import switched on or off): match again and redraw. */
  rematch(): void {
    this.queue.post('could not apply the registry', async () => {
      if (this.parts.batches.all.length === 0) return;
      this.steps.measure(() => this.parts.display.unhighlight(), 'highlights');
      await this.parts.batches.rematch(this.parts.gate.lang);
      await this.parts.display.render();
    });
  }

  private readAdded(nodes: Element[]): void {
    this.parts.navigation.check();
    this.queue.post('could not read added content', async () => {
      if (!(await this.parts.reading.readAdded(nodes))) return this.navigated();
      await this.parts.display.render();
    });
  }

  private navigated(): void {
    if (this.phase === 'disposed' || !this.onNavigate) return;
    const next = this.onNavigate;
    this.onNavigate = null;
    next();
  }

  /** Where the page's input goes (a click on a mark, a pointer down outside the card): the card. */
  get input(): InputTarget {
    return this.parts.card;
  }

  /**
   * Reads the rest of the page (and highlights it when the settings say so) and reports it. The
   * popup lists claims even where the gates said no: they are read now, in turn with any other
   * work on this page, never beside it. `afterRevision`: first wait until the tab follows that
   * revision of the settings, or a later one (the popup has just saved it).
   */
  async readAllAndReport(afterRevision?: number): Promise<PageState> {
    if (afterRevision !== undefined) await this.parts.followed.reached(afterRevision);
    await this.queue.run('could not read this page', async () => {
      if (this.parts.followed.siteDisabled) return;
      await this.parts.gate.checkArticle();
      if (!this.parts.reader.opened) await this.parts.reading.openArticle();
      this.parts.reader.stopWatching();
      while (await this.parts.reading.scanNext());
      await this.parts.display.render();
      this.settlePhase();
    });
    return this.parts.report.state();
  }

  /** What reading this page has cost so far, without reading anything more (for the benchmark). */
  perf(): PagePerf {
    const { churn, records } = this.parts.watcher;
    return { ...this.parts.report.perf(), addedContent: { ...this.parts.reading.added, passedOver: churn.passedOver, records, checks: churn.checks } };
  }

  /** Scrolls to a claim and focuses its mark; with highlights off, scrolls to the text itself. */
  focusClaim(id: number): boolean {
    return this.parts.marks.focus(id) || this.parts.batches.scrollTo(id);
  }

  /** Undoes everything, parts in the reverse order of their making; nothing runs after this. */
  teardown(): void {
    if (this.phase === 'disposed') return;
    this.phase = 'disposed';
    this.life.abort();
    for (const part of [...this.parts.disposable].reverse()) part.dispose();
  }
}
