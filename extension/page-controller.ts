/**
 * Everything Recount does in one tab: read the article in small steps, highlight its figures,
 * open the card, show counterpoint notes, follow settings, and undo all of it exactly.
 * Every DOM change has its undo; nothing here may throw into the page.
 */
import { h, render } from 'preact';
import type { MatchedClaim } from '../core/analyze-text.ts';
import type { Fact, MatchableFact } from '../core/registry/fact-types.ts';
import { AiWorkPrefilter } from '../core/topic/ai-work-prefilter.ts';
import type { AiWorkVerdict } from '../core/topic/detect-ai-work.ts';
import { ClaimCard, type CardLabels } from '../components/ClaimCard.tsx';
import { CARD_CSS } from '../components/card-styles.ts';
import { factLabels } from '../components/FactDetails.tsx';
import { isArticlePage } from '../page/is-article-page.ts';
import { insertNotes } from '../page/counterpoint-notes.ts';
import { findArticleBody } from '../page/find-article-body.ts';
import { batchBySegment, createHighlightSet, MARK_TAG, type HighlightSet } from '../page/highlighter.ts';
import { PAGE_CSS } from '../page/page-styles.ts';
import { segmentAt, TextReader, type Projection } from '../page/project-text.ts';
import { NOTE_TAG } from '../page/counterpoint-notes.ts';
import { pageClaimReviews } from '../page/page-claimreviews.ts';
import { PageTextSampler } from '../page/page-text-sample.ts';
import type { PageClaimReview } from '../core/registry/claimreview.ts';
import { pick, t, verdictLabel } from './i18n.ts';
import type { ClaimSummary, PagePerf, PageState } from './messages.ts';
import { attachEarlier, textBefore } from './chunk-arithmetic.ts';
import type { ContentRegistry } from './content-registry.ts';
import type { Settings } from './settings.ts';
import { TaskMeter, yieldToPage } from './task-meter.ts';

/** The topic gate reads this much of the body: enough to tell, cheap on a 5 MB page. */
const TOPIC_SAMPLE = 20_000;
/**
 * The article is read in chunks of about this many characters, and a chunk only when the text
 * before it is within a screen of the viewport: a long page costs what its reader scrolls through.
 */
const CHUNK_CHARS = 3_000;
/** How far below the viewport text is read ahead. */
const READ_AHEAD = '0px 0px 100% 0px';
/** Claims wrapped per step. */
const MARKS_PER_STEP = 100;
/** The prefilter reads this much of the page's raw text: well past any furniture above an article. */
const PREFILTER_SAMPLE = 100_000;
/** Text nodes read per step for the prefilter's sample. */
const SAMPLE_NODES_PER_STEP = 600;
/** Nodes visited per step when the article's text is read. */
const NODES_PER_STEP = 1500;

type PageClaim = MatchedClaim<MatchableFact>;

interface Batch {
  projection: Projection;
  claims: PageClaim[];
  /** Index of the first claim of this batch in the page's list. */
  offset: number;
  /** The line before this text, which the first claim is matched with. */
  context: string;
  /** The chunk read just before this one, and the end of its text, for the article's own arithmetic. */
  previous: Batch | null;
  before: string;
  highlights: HighlightSet | null;
}

export class PageController {
  private settings: Settings;
  private isArticle = false;
  private aiWork: AiWorkVerdict = { score: 0, isAiWork: false, terms: [] };
  private lang = 'en';
  private body: Element | null = null;
  private batches: Batch[] = [];
  private claimReviews: PageClaimReview[] | null = null;
  private articleChecked = false;
  private prefiltered = false;
  private bodyRead = false;
  /** Reads the article's text chunk by chunk; `queued` holds chunks read but not yet scanned. */
  private reader: TextReader | null = null;
  private queued: Projection[] = [];
  /** The last line before the next chunk: the sentence before its first claim, for matching. */
  private tail = '';
  /** The chunk read last, in reading order: its end is read again with the next chunk for arithmetic. */
  private lastChunk: Batch | null = null;
  /** Stops waiting for the reader to scroll near the unread text. */
  private scrollWatch: (() => void) | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private removeNotes: (() => void) | null = null;
  private cardHost: HTMLElement | null = null;
  private cardFor: HTMLElement | null = null;
  private observer: MutationObserver | null = null;
  private pending: Node[] = [];
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  private busy: Promise<void> = Promise.resolve();
  private readonly meter = new TaskMeter();
  private done = false;

  constructor(
    private readonly doc: Document,
    private readonly registry: ContentRegistry,
    settings: Settings,
    private readonly signal: AbortSignal,
  ) {
    this.settings = settings;
    signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  private get siteDisabled(): boolean {
    return this.settings.disabledSites.includes(this.doc.location?.hostname ?? '');
  }

  private get shouldHighlight(): boolean {
    return !this.siteDisabled && this.settings.highlights && this.isArticle && this.aiWork.isAiWork;
  }

  /** Reads the page (cheap gates first) and shows what the settings ask for. */
  start(): Promise<void> {
    this.busy = this.busy.then(() => this.run()).catch((e) => console.debug('Recount: stopped on this page', e));
    return this.busy;
  }

  private async run(): Promise<void> {
    if (this.siteDisabled) return;
    // Cheapest gate first: most pages are not about AI and work, and a substring count over a
    // bounded sample of their text says so for about the cost of walking it once. Only then is
    // the page asked whether it is an article, and its article read.
    if (!this.prefiltered && !this.bodyRead) {
      this.prefiltered = true;
      const maybe = await this.pageMayBeAboutAiAndWork();
      if (maybe) await this.checkArticle();
      if (maybe && this.isArticle) await this.readBody();
    }
    if (this.signal.aborted) return;
    if (this.isArticle && this.aiWork.isAiWork) {
      this.observeLaterContent();
      if (this.shouldHighlight) await this.readNearViewport();
    }
    await this.render();
    this.done = true;
  }

  /**
   * Substring counts over a sample of the page's text, read in steps; where they say maybe, the
   * background reads the same sample as words (off the main thread) with a looser bar than the
   * article's own check, so most pages that merely mention AI stop here.
   */
  private async pageMayBeAboutAiAndWork(): Promise<boolean> {
    const sampler = new PageTextSampler(this.doc, PREFILTER_SAMPLE);
    const filter = new AiWorkPrefilter();
    const pieces: string[] = [];
    while (!sampler.done) {
      await this.step(() => {
        const piece = sampler.read(SAMPLE_NODES_PER_STEP);
        pieces.push(piece);
        filter.add(piece);
      }, 'topic prefilter');
    }
    if (!filter.maybe) return false;
    const { aiWork } = await this.registry.topic(this.doc.documentElement.getAttribute('lang'), pieces.join(' '), true);
    return aiWork.isAiWork;
  }

  private async checkArticle(): Promise<void> {
    if (this.articleChecked) return;
    this.isArticle = await this.step(() => isArticlePage(this.doc), 'article gate');
    this.articleChecked = true;
  }

  /** Runs one synchronous step, timed, then lets the page have the thread. */
  private async step<T>(fn: () => T, name?: string): Promise<T> {
    const result = this.meter.measure(fn, name);
    await yieldToPage();
    return result;
  }

  /** Finds the article body and reads enough of its text to tell its language and topic. */
  private async readBody(): Promise<void> {
    this.bodyRead = true;
    this.body = await this.step(() => findArticleBody(this.doc), 'article body');
    if (!this.body) return;
    this.reader = new TextReader(this.body, CHUNK_CHARS);
    let sampled = 0;
    while (sampled < TOPIC_SAMPLE) {
      const chunk = await this.readChunk();
      if (!chunk) break;
      this.queued.push(chunk);
      sampled += chunk.text.length;
    }
    const sample = this.queued.map((c) => c.text).join('').slice(0, TOPIC_SAMPLE);
    // Language and topic are told by the background, off the page's main thread.
    const { lang, aiWork } = await this.registry.topic(this.doc.documentElement.getAttribute('lang'), sample);
    this.lang = lang;
    this.aiWork = aiWork;
  }

  /** The next chunk of the article's text, read in steps; null once all of it is read. */
  private async readChunk(): Promise<Projection | null> {
    const reader = this.reader;
    while (reader && !reader.done) {
      const chunk = await this.step(() => reader.read(NODES_PER_STEP), 'text');
      if (chunk) return chunk;
    }
    return null;
  }

  private get allRead(): boolean {
    return !this.reader || (this.reader.done && this.queued.length === 0);
  }

  /** Finds and matches the claims of the next chunk; null once the article is read to its end. */
  private async scanNextChunk(): Promise<Batch | null> {
    const projection = this.queued.shift() ?? (await this.readChunk());
    if (!projection) return null;
    const batch = await this.addBatch(projection, this.tail, this.lastChunk);
    this.tail = lastLine(projection.text);
    this.lastChunk = batch;
    return batch;
  }

  /**
   * Asks the background for the claims of one projected text and adds them as a batch. `previous`:
   * the chunk read just before, whose end is read again so that a relation across the boundary
   * (a list and the total stated above it) is checked as if the text were read at once.
   */
  private async addBatch(projection: Projection, context: string, previous: Batch | null = null): Promise<Batch> {
    // Claims are found and matched in the background; the page only waits for the answer.
    const before = previous ? textBefore(previous.projection.text) : '';
    const { claims, earlier } = await this.registry.chunk(projection.text, context, this.lang, before);
    const last = this.batches[this.batches.length - 1];
    const batch: Batch = { projection, claims, offset: last ? last.offset + last.claims.length : 0, context, previous, before, highlights: null };
    this.batches.push(batch);
    attachEarlier(previous, batch.before, earlier);
    return batch;
  }

  /**
   * Reads, matches and highlights chunk after chunk while the text read so far ends within a
   * screen below the viewport, then waits for the reader to scroll near the rest.
   */
  private async readNearViewport(): Promise<void> {
    this.scrollWatch?.();
    while (!this.signal.aborted && this.shouldHighlight) {
      const batch = await this.scanNextChunk();
      if (!batch) return;
      await this.render();
      const segments = batch.projection.segments;
      const edge = segments[segments.length - 1]?.node.parentElement;
      if (this.allRead) return;
      if (edge && !(await this.isNearViewport(edge))) {
        this.watchScroll(edge);
        return;
      }
    }
  }

  /** Whether an element is within a screen below the viewport, or above it (already scrolled past). */
  private isNearViewport(el: Element): Promise<boolean> {
    return new Promise((resolve) => {
      const io = new IntersectionObserver(
        ([entry]) => {
          io.disconnect();
          resolve(!entry || entry.isIntersecting || entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0));
        },
        { rootMargin: READ_AHEAD },
      );
      io.observe(el);
    });
  }

  /**
   * Reads on once the reader scrolls to within a screen of where reading stopped. A scroll (or
   * resize) only schedules one intersection check at a time; nothing reads layout in the handler.
   * An IntersectionObserver alone would miss a jump past the edge (an anchor, the End key).
   */
  private watchScroll(edge: Element): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const ac = new AbortController();
    let checking = false;
    const stop = (): void => {
      ac.abort();
      if (this.scrollWatch === stop) this.scrollWatch = null;
    };
    const check = (): void => {
      if (checking) return;
      checking = true;
      void this.isNearViewport(edge).then((near) => {
        checking = false;
        if (!near || ac.signal.aborted) return;
        stop();
        this.busy = this.busy.then(() => this.readNearViewport()).catch((e) => console.debug('Recount: could not read on', e));
      });
    };
    for (const type of ['scroll', 'resize'] as const) view.addEventListener(type, check, { passive: true, capture: true, signal: ac.signal });
    this.scrollWatch = stop;
  }

  /** Everything not yet read: the popup lists every claim on the page. */
  private async readAll(): Promise<void> {
    this.scrollWatch?.();
    while (!this.signal.aborted && (await this.scanNextChunk()));
  }

  /** Brings the page in line with the settings: highlights and notes on or off. */
  private async render(): Promise<void> {
    try {
      if (this.shouldHighlight) {
        this.ensureStyle();
        for (const batch of this.batches) if (!batch.highlights) await this.highlightBatch(batch);
        await this.syncNotes();
      } else {
        this.meter.measure(() => this.unhighlight());
      }
    } catch (e) {
      // Never let a failure reach the page; leave it as it was.
      this.unhighlight();
      console.debug('Recount: could not highlight this page', e);
    }
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.busy = this.busy
      .then(async () => {
        if (this.siteDisabled) return this.render();
        if (!this.prefiltered && !this.bodyRead) return this.run();
        await this.render();
        if (this.shouldHighlight) {
          this.observeLaterContent();
          if (!this.allRead && !this.scrollWatch) await this.readNearViewport();
        }
      })
      .catch((e) => console.debug('Recount: could not apply settings', e));
  }

  /** The registry changed (an import switched on or off): match again and redraw. */
  rematch(): void {
    this.busy = this.busy
      .then(async () => {
        if (this.batches.length === 0) return;
        this.meter.measure(() => this.unhighlight(), 'highlights');
        let reload = true;
        for (const batch of this.batches) {
          const reply = await this.registry.chunk(batch.projection.text, batch.context, this.lang, batch.before, reload);
          batch.claims = reply.claims;
          attachEarlier(batch.previous, batch.before, reply.earlier);
          reload = false;
        }
        await this.render();
      })
      .catch((e) => console.debug('Recount: could not apply the registry', e));
  }

  private async highlightBatch(batch: Batch): Promise<void> {
    const specs = batch.claims.map((c, i) => ({
      start: c.start,
      end: c.end,
      id: batch.offset + i,
      matched: c.fact !== null,
      label: c.fact ? t('markLabelMatched', c.text, verdictLabel(c.fact.verdict)) : t('markLabelFigure', c.text),
    }));
    const set = createHighlightSet(this.doc);
    batch.highlights = set;
    for (const chunk of batchBySegment(batch.projection, specs, MARKS_PER_STEP)) {
      // Turned off while we were highlighting: stop, unhighlight() has undone what was done.
      if (batch.highlights !== set || !this.shouldHighlight) return;
      await this.step(() => this.withoutObserver(() => set.add(batch.projection, chunk)), 'highlights');
    }
  }

  private async syncNotes(): Promise<void> {
    const matched = this.settings.overlays ? this.batches.flatMap((b) => b.claims.flatMap((c) => (c.fact ? [c.fact.id] : []))) : [];
    const facts = matched.length ? await this.registry.details(matched) : new Map<string, Fact>();
    this.meter.measure(
      () =>
        this.withoutObserver(() => {
          this.removeNotes?.();
          this.removeNotes = null;
          if (!this.settings.overlays || !this.shouldHighlight) return;
          const items: { after: Element; text: string; label: string }[] = [];
          for (const batch of this.batches) {
            batch.claims.forEach((c, i) => {
              const marks = batch.highlights?.marks.get(batch.offset + i);
              const last = marks?.[marks.length - 1];
              const fact = c.fact && facts.get(c.fact.id);
              if (fact && last) items.push({ after: last, text: pick(fact.summary, this.lang), label: t('noteLabel') });
            });
          }
          this.removeNotes = insertNotes(this.doc, items);
        }),
      'notes',
    );
  }

  private unhighlight(): void {
    this.closeCard(false);
    this.withoutObserver(() => {
      this.removeNotes?.();
      this.removeNotes = null;
      for (const batch of this.batches) {
        batch.highlights?.remove();
        batch.highlights = null;
      }
      this.styleEl?.remove();
      this.styleEl = null;
    });
  }

  private ensureStyle(): void {
    if (this.styleEl?.isConnected) return;
    this.withoutObserver(() => {
      const style = this.doc.createElement('style');
      style.textContent = PAGE_CSS;
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.styleEl = style;
    });
  }

  // ------------------------------------------------------------ card

  /** Click or Enter/Space on a mark opens its card. One listener for the whole page. */
  handleEvent(event: Event): void {
    try {
      if (event.type === 'pointerdown') {
        if (this.cardHost && !event.composedPath().includes(this.cardHost)) {
          const onMark = (event.target as Element | null)?.closest?.(MARK_TAG);
          if (!onMark) this.closeCard(false);
        }
        return;
      }
      const mark = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
      if (!mark) return;
      if (event.type === 'keydown') {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
      }
      event.preventDefault();
      void this.openCard(Number(mark.dataset.recountClaim));
    } catch (e) {
      console.debug('Recount: event not handled', e);
    }
  }

  private claimAt(id: number): PageClaim | null {
    for (const b of this.batches) if (id >= b.offset && id < b.offset + b.claims.length) return b.claims[id - b.offset] ?? null;
    return null;
  }

  private markFor(id: number): HTMLElement | null {
    for (const b of this.batches) {
      const marks = b.highlights?.marks.get(id);
      if (marks?.[0]) return marks[0];
    }
    return null;
  }

  async openCard(id: number): Promise<void> {
    const claim = this.claimAt(id);
    const mark = this.markFor(id);
    if (!claim || !mark) return;
    const fact = claim.fact ? ((await this.registry.details([claim.fact.id])).get(claim.fact.id) ?? null) : null;
    const claimReviews = this.readClaimReviews();
    if (!mark.isConnected) return;
    if (!this.cardHost) {
      const host = this.doc.createElement('recount-ui');
      const shadow = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = CARD_CSS;
      shadow.appendChild(style);
      shadow.appendChild(this.doc.createElement('div'));
      this.withoutObserver(() => this.doc.documentElement.appendChild(host));
      this.cardHost = host;
    }
    this.cardFor = mark;
    const rect = mark.getBoundingClientRect();
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const width = Math.min(380, vw - 24);
    const left = Math.max(12, Math.min(rect.left, vw - width - 12));
    const below = rect.bottom + 8;
    const top = below + 260 > vh && rect.top > vh / 2 ? Math.max(12, rect.top - Math.min(vh * 0.7, 560) - 8) : below;
    const L = this.lang;
    const labels: CardLabels = {
      title: t('cardTitle'),
      claimLabel: t('cardClaimLabel'),
      verdict: t('cardVerdict'),
      close: t('cardClose'),
      noFact: t('cardNoFact'),
      readAs: t('cardReadAs', describeClaim(claim)),
      verdictName: fact ? verdictLabel(fact.verdict) : '',
      pageReview: t('pageClaimReview'),
      arithmetic: t('arithmeticInconsistent'),
      ...factLabels(t, fact),
    };
    const container = this.cardHost.shadowRoot!.lastElementChild!;
    render(
      h(ClaimCard, { claimText: claim.text, fact, lang: L, labels, claimReviews, checks: claim.checks, position: { top, left }, onClose: () => this.closeCard(true) }),
      container,
    );
  }

  closeCard(refocus: boolean): void {
    if (!this.cardHost) return;
    const host = this.cardHost;
    this.cardHost = null;
    render(null, host.shadowRoot!.lastElementChild!);
    this.withoutObserver(() => host.remove());
    if (refocus && this.cardFor?.isConnected) this.cardFor.focus();
    this.cardFor = null;
  }

  // ------------------------------------------------------------ popup

  async state(): Promise<PageState> {
    // The popup lists claims even where the gates said no: read them now, in turn with any other
    // work on this page, never beside it.
    const ready = this.busy.then(async () => {
      if (this.siteDisabled) return;
      await this.checkArticle();
      if (!this.bodyRead) await this.readBody();
      await this.readAll();
      await this.render();
    });
    this.busy = ready.catch((e) => console.debug('Recount: could not read this page', e));
    await this.busy;
    const perf = { workMs: round(this.meter.totalMs), maxTaskMs: round(this.meter.maxMs), steps: this.meter.steps, done: this.done };
    const claims: ClaimSummary[] = [];
    for (const b of this.batches) {
      b.claims.forEach((c, i) =>
        claims.push({
          index: b.offset + i,
          text: c.text,
          kind: c.kind,
          factId: c.fact?.id ?? null,
          highlighted: !!b.highlights?.marks.get(b.offset + i),
          ...(c.checks?.length ? { checks: c.checks } : {}),
        }),
      );
    }
    return {
      url: this.doc.location?.href ?? '',
      lang: this.lang,
      isArticle: this.isArticle,
      isAiWork: this.aiWork.isAiWork,
      aiWorkScore: this.aiWork.score,
      siteDisabled: this.siteDisabled,
      highlighted: this.shouldHighlight,
      claims,
      claimReviews: this.readClaimReviews(),
      perf,
    };
  }

  /** The page's own ClaimReview markup, read when first shown (the card or the popup). */
  private readClaimReviews(): PageClaimReview[] {
    this.claimReviews ??= this.meter.measure(() => pageClaimReviews(this.doc), 'claimreview');
    return this.claimReviews;
  }

  /** What reading this page has cost so far, without reading anything more (for the benchmark). */
  perf(): PagePerf {
    return {
      workMs: round(this.meter.totalMs),
      backgroundMs: round(this.registry.backgroundMs),
      maxTaskMs: round(this.meter.maxMs),
      steps: this.meter.steps,
      done: this.done,
      isArticle: this.isArticle,
      isAiWork: this.aiWork.isAiWork,
      claims: this.batches.reduce((n, b) => n + b.claims.length, 0),
      byStep: Object.fromEntries(Object.entries(this.meter.byName).map(([k, v]) => [k, round(v)])),
      maxByStep: Object.fromEntries(Object.entries(this.meter.maxByName).map(([k, v]) => [k, round(v)])),
    };
  }

  focusClaim(id: number): boolean {
    const mark = this.markFor(id);
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
      return true;
    }
    // Highlights are off: scroll to the text itself.
    const b = this.batches.find((x) => id >= x.offset && id < x.offset + x.claims.length);
    const seg = b && b.projection.segments[segmentAt(b.projection.segments, b.claims[id - b.offset]!.start)];
    seg?.node.parentElement?.scrollIntoView({ block: 'center' });
    return !!seg;
  }

  // ------------------------------------------------------------ content added later

  private observeLaterContent(): void {
    if (this.observer || !this.body || this.signal.aborted) return;
    const root = this.body;
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          // Content ahead of the reader's position is read when the reader gets there.
          if (n.nodeType === 1 && !isOurs(n as Element) && !this.aheadOfReader(n)) this.pending.push(n);
        }
      }
      if (this.pending.length && !this.pendingTimer) this.pendingTimer = setTimeout(() => this.readAdded(), 250);
    });
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private aheadOfReader(n: Node): boolean {
    const reader = this.reader;
    return !!reader && !reader.done && (reader.frontier.compareDocumentPosition(n) & 4) /* FOLLOWING */ !== 0;
  }

  private readAdded(): void {
    this.pendingTimer = null;
    const nodes = this.pending.filter((n) => n.isConnected && !this.pending.some((o) => o !== n && o.contains(n)));
    this.pending = [];
    this.busy = this.busy.then(async () => {
      for (const node of nodes) {
        // Only the added content is read: the cost follows what was added, not the page's size.
        const reader = new TextReader(node as Element, CHUNK_CHARS);
        let context = '';
        while (!reader.done && !this.signal.aborted) {
          const projection = await this.step(() => reader.read(NODES_PER_STEP), 'added text');
          if (!projection || !/\d/.test(projection.text)) continue;
          await this.addBatch(projection, context);
          context = lastLine(projection.text);
        }
      }
      await this.render();
    }).catch((e) => console.debug('Recount: could not read added content', e));
  }

  private withoutObserver(fn: () => void): void {
    fn();
    // Our own changes are not "content added later".
    this.observer?.takeRecords();
  }

  teardown(): void {
    this.scrollWatch?.();
    this.observer?.disconnect();
    this.observer = null;
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.unhighlight();
  }
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** The last line of a chunk (chunks end with a line break): the context for the next one. */
const lastLine = (text: string): string => text.slice(text.lastIndexOf('\n', text.length - 2) + 1);

function isOurs(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === MARK_TAG || tag === NOTE_TAG || tag === 'recount-ui';
}

function describeClaim(c: PageClaim): string {
  const unit = c.unit && c.unit !== '%' ? ` ${c.unit}` : c.unit === '%' ? '%' : '';
  if (c.range) return `${c.range[0]}–${c.range[1]}${unit} (${c.kind})`;
  if (c.change) return `${c.change.from ?? '?'} → ${c.change.to}${unit} (${c.kind})`;
  return `${c.value}${unit} (${c.kind})`;
}
