/**
 * Everything Recount does in one tab, as a story over small parts (in tab/), each owning its DOM
 * changes and their undo. Where reading stands is one field, `phase`. Work runs one piece at a time
 * on a serial queue; every step re-checks that the tab is alive, and teardown disposes the parts in
 * reverse order, after which nothing runs. Nothing here may throw into the page.
 */
import type { CardView } from '../types/claim-card.ts';
import type { PagePerf, PageState, Phase } from '../types/page-state.ts';
import type { Settings } from '../types/settings.ts';
import { pageHost } from '../page/article-frames.ts';
import type { ReadingClient } from './reading-client.ts';
import { Disposed } from './run-safely.ts';
import { AddedContentWatcher } from './tab/added-content-watcher.ts';
import { CardPresenter } from './tab/card-presenter.ts';
import { ClaimBatches, type Batch } from './tab/claim-batches.ts';
import { MarksLayer } from './tab/marks-layer.ts';
import { NavigationWatcher } from './tab/navigation-watcher.ts';
import { WorkBudget } from './tab/work-budget.ts';
import { NotesLayer } from './tab/notes-layer.ts';
import { PageGate } from './tab/page-gate.ts';
import type { InputTarget } from './tab/page-input.ts';
import { PageReport } from './tab/page-report.ts';
import { SerialQueue } from './tab/serial-queue.ts';
import { FollowedSettings } from './tab/followed-settings.ts';
import { createSteps } from './tab/steps.ts';
import { ViewportReader } from './tab/viewport-reader.ts';

/** Chunks of added content read per minute: a live blog's new entries fit, a ticker's churn does not. */
const ADDED_CHUNKS_PER_MINUTE = 20;

export class PageController {
  phase: Phase = 'idle';
  /**
   * Called once when the page has become another page without a load (an SPA's navigation, its
   * article container or the whole article replaced). The owner tears this controller down and
   * starts a fresh one: new gates, no old claims or marks.
   */
  onNavigate: (() => void) | null = null;
  private readonly navigation: NavigationWatcher;
  private readonly addedBudget = new WorkBudget(ADDED_CHUNKS_PER_MINUTE);
  /** Whether the first pass over the page (gates, then reading near the viewport) is over. */
  private firstPassDone = false;
  private readonly life = new AbortController();
  private readonly steps = createSteps(this.life.signal);
  private readonly queue = new SerialQueue(this.life.signal);
  private readonly gate: PageGate;
  private readonly reader: ViewportReader;
  private readonly batches: ClaimBatches;
  private readonly watcher: AddedContentWatcher;
  private readonly marks: MarksLayer;
  private readonly notes: NotesLayer;
  private readonly card: CardPresenter;
  private readonly followed: FollowedSettings;
  private readonly report: PageReport;

  constructor(
    private readonly doc: Document,
    private readonly client: ReadingClient,
    settings: Settings,
    signal: AbortSignal,
    cardView: CardView,
  ) {
    this.followed = new FollowedSettings(settings);
    this.navigation = new NavigationWatcher(doc, () => this.navigated());
    this.gate = new PageGate(doc, client, this.steps);
    this.reader = new ViewportReader(doc, this.steps);
    this.batches = new ClaimBatches(client, this.steps);
    this.watcher = new AddedContentWatcher((n) => this.reader.isAhead(n), (nodes) => this.readAdded(nodes));
    this.marks = new MarksLayer(doc, this.steps, this.watcher.quietly);
    const { gate, batches, marks, steps } = this;
    this.notes = new NotesLayer(doc, this.watcher.quietly, { gate, batches, marks, steps, client });
    this.report = new PageReport(doc, { gate, batches, marks, steps, client }, () => ({
      ...{ phase: this.phase, settled: this.queue.settled, done: this.firstPassDone },
      ...{ siteDisabled: this.siteDisabled, highlighted: this.shouldHighlight },
    }));
    this.card = new CardPresenter(doc, cardView, this.watcher.quietly, { gate, batches, marks, steps, client, report: this.report });
    if (signal.aborted) this.teardown();
    else signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  private get siteDisabled(): boolean {
    return this.followed.current.disabledSites.includes(pageHost(this.doc));
  }

  private get shouldHighlight(): boolean {
    return this.phase !== 'disposed' && !this.siteDisabled && this.followed.current.highlights && this.gate.passed;
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
    if (this.siteDisabled) return;
    // Cheapest gate first: most pages are not about AI and work, and a substring count over a
    // bounded sample of their text says so for about the cost of walking it once. Only then is
    // the page asked whether it is an article, and its article read.
    if (this.phase === 'idle') {
      if ((await this.gate.mayBeAboutAiAndWork()) && (await this.gate.checkArticle())) await this.openArticle();
      this.settlePhase();
      this.navigation.watch(this.reader.body);
    }
    if (this.gate.passed) {
      this.watcher.watch(this.reader.body);
      if (this.shouldHighlight) await this.readNearViewport();
    }
    await this.render();
    this.firstPassDone = true;
  }

  private async openArticle(): Promise<void> {
    const sample = await this.reader.open();
    if (sample !== null) await this.gate.readTopic(sample);
  }

  /** The phase from where the parts stand, once a piece of work is over. */
  private settlePhase(): void {
    if (this.phase === 'disposed') return;
    if (!this.gate.passed) this.phase = 'gated-out';
    else if (this.reader.allRead) this.phase = 'all-read';
    else this.phase = this.reader.watching ? 'waiting-for-scroll' : 'paused';
  }

  private async scanNext(): Promise<Batch | null> {
    const next = await this.reader.next();
    return next && this.batches.addNext(next.projection, next.context, this.gate.lang);
  }

  /**
   * Reads and matches chunk after chunk while the text read so far ends within a screen below the
   * viewport, highlights them, then waits for the reader to scroll near the rest.
   */
  private async readNearViewport(): Promise<void> {
    this.reader.stopWatching();
    this.phase = 'reading';
    while (this.shouldHighlight) {
      const batch = await this.scanNext();
      if (!batch) break;
      const edge = batch.projection.segments[batch.projection.segments.length - 1]?.node.parentElement;
      if (this.reader.allRead) break;
      if (edge && !(await this.steps.guard(this.reader.isNearViewport(edge)))) {
        this.reader.watchScroll(edge, () => this.queue.post('could not read on', () => this.readNearViewport()));
        break;
      }
    }
    // Every chunk up to the viewport is read and matched first, then marked in one pass.
    await this.render();
    this.settlePhase();
  }

  /** Brings the page in line with the settings: highlights and notes on or off. */
  private async render(): Promise<void> {
    try {
      if (!this.shouldHighlight) return this.steps.measure(() => this.unhighlight(), 'other');
      await this.marks.markAll(this.batches.all, () => this.shouldHighlight);
      await this.notes.update(() => this.followed.current.overlays && this.shouldHighlight);
    } catch (e) {
      if (e instanceof Disposed) throw e; // teardown has undone everything already
      // Never let a failure reach the page; leave it as it was.
      this.unhighlight();
      console.debug('Recount: could not highlight this page', e);
    }
  }

  private unhighlight(): void {
    this.card.close(false);
    this.notes.clear();
    this.marks.clear();
  }

  updateSettings(settings: Settings): void {
    this.followed.now(settings);
    this.queue.post('could not apply settings', async () => {
      if (this.siteDisabled) return this.render();
      if (this.phase === 'idle') return this.run();
      await this.render();
      if (this.shouldHighlight) {
        this.watcher.watch(this.reader.body);
        if (!this.reader.allRead && !this.reader.watching) await this.readNearViewport();
      }
    });
  }

  /** The registry changed (an import switched on or off): match again and redraw. */
  rematch(): void {
    this.queue.post('could not apply the registry', async () => {
      if (this.batches.all.length === 0) return;
      this.steps.measure(() => this.unhighlight(), 'highlights');
      await this.batches.rematch(this.gate.lang);
      await this.render();
    });
  }

  private readAdded(nodes: Element[]): void {
    this.navigation.check();
    this.queue.post('could not read added content', async () => {
      // Claims whose text left the page go, with their marks: the list stays as big as the page.
      const gone = this.batches.dropDetached();
      this.marks.forget(gone);
      // Everything read is gone: the article was replaced in place, by a page that needs its own gates.
      if (gone.length && this.batches.all.length === 0) return this.navigated();
      const mayRead = () => this.addedBudget.take();
      for (const node of nodes) await this.batches.addFrom(node, this.gate.lang, mayRead);
      await this.render();
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
    return this.card;
  }

  /**
   * Reads the rest of the page (and highlights it when the settings say so) and reports it. The
   * popup lists claims even where the gates said no: they are read now, in turn with any other
   * work on this page, never beside it. `after`: first wait until the tab follows these settings.
   */
  async readAllAndReport(after?: Settings): Promise<PageState> {
    if (after) await this.followed.reached(after);
    await this.queue.run('could not read this page', async () => {
      if (this.siteDisabled) return;
      await this.gate.checkArticle();
      if (!this.reader.opened) await this.openArticle();
      this.reader.stopWatching();
      while (await this.scanNext());
      await this.render();
      this.settlePhase();
    });
    return this.report.state();
  }

  /** What reading this page has cost so far, without reading anything more (for the benchmark). */
  perf(): PagePerf {
    return { ...this.report.perf(), addedContent: { read: this.addedBudget.done, refused: this.addedBudget.refused, passedOver: this.watcher.churn.passedOver } };
  }

  /** Scrolls to a claim and focuses its mark; with highlights off, scrolls to the text itself. */
  focusClaim(id: number): boolean {
    return this.marks.focus(id) || this.batches.scrollTo(id);
  }

  /** Undoes everything, parts in the reverse order of their making; nothing runs after this. */
  teardown(): void {
    if (this.phase === 'disposed') return;
    this.phase = 'disposed';
    this.life.abort();
    for (const part of [this.card, this.notes, this.marks, this.watcher, this.navigation, this.reader, this.followed]) part.dispose();
  }
}
