/**
 * Everything Recount does in one tab: read the article in small steps, highlight its figures,
 * open the card, show counterpoint notes, follow settings, and undo all of it exactly.
 * Every DOM change has its undo; nothing here may throw into the page.
 */
import { h, render } from 'preact';
import { matchClaims, type MatchedClaim } from '../core/analyze-text.ts';
import type { Claim } from '../core/claims/claim-types.ts';
import { findNumberMentionsInSlices } from '../core/claims/find-number-mentions.ts';
import { detectLanguage } from '../core/lang/detect-language.ts';
import type { Fact, MatchableFact } from '../core/registry/fact-types.ts';
import { mayBeAboutAiAndWork } from '../core/topic/ai-work-prefilter.ts';
import { detectAiWork, type AiWorkVerdict } from '../core/topic/detect-ai-work.ts';
import { ClaimCard, type CardLabels } from '../components/ClaimCard.tsx';
import { CARD_CSS } from '../components/card-styles.ts';
import { factLabels } from '../components/FactDetails.tsx';
import { isArticlePage } from '../page/analyze-document.ts';
import { insertNotes } from '../page/counterpoint-notes.ts';
import { findArticleBody } from '../page/find-article-body.ts';
import { batchBySegment, createHighlightSet, MARK_TAG, type HighlightSet } from '../page/highlighter.ts';
import { PAGE_CSS } from '../page/page-styles.ts';
import { projectTextInSteps, segmentAt, type Projection } from '../page/project-text.ts';
import { NOTE_TAG } from '../page/counterpoint-notes.ts';
import { pageClaimReviews } from '../page/page-claimreviews.ts';
import { pageTextSample } from '../page/page-text-sample.ts';
import type { PageClaimReview } from '../core/registry/claimreview.ts';
import { pick, t, verdictLabel } from './i18n.ts';
import type { ClaimSummary, PagePerf, PageState } from './messages.ts';
import type { ContentRegistry } from './content-registry.ts';
import type { Settings } from './settings.ts';
import { TaskMeter, yieldToPage } from './task-meter.ts';

/** A step may run this long before Recount yields to the page. */
const BUDGET_MS = 12;
/** The topic gate reads this much of the body: enough to tell, cheap on a 5 MB page. */
const TOPIC_SAMPLE = 60_000;
/** Claims wrapped per step. */
const MARKS_PER_STEP = 100;
/** The prefilter reads this much of the page's raw text. */
const PREFILTER_SAMPLE = 200_000;
/** Nodes visited per step when the article's text is read. */
const NODES_PER_STEP = 1500;
/** Characters of article text read for claims per step. */
const CLAIM_SLICE = 8_000;

type PageClaim = MatchedClaim<MatchableFact>;

interface Batch {
  projection: Projection;
  claims: PageClaim[];
  /** Index of the first claim of this batch in the page's list. */
  offset: number;
  highlights: HighlightSet | null;
}

export class PageController {
  private settings: Settings;
  private isArticle = false;
  private aiWork: AiWorkVerdict = { score: 0, isAiWork: false, terms: [] };
  private lang = 'en';
  private body: Element | null = null;
  private batches: Batch[] = [];
  private claimReviews: PageClaimReview[] = [];
  private articleChecked = false;
  private prefiltered = false;
  private bodyRead = false;
  private claimsRead = false;
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
    if (!this.articleChecked) {
      this.isArticle = await this.step(() => isArticlePage(this.doc), 'article gate');
      this.articleChecked = true;
    }
    // Cheap gates first: a page that is not an article costs one check and nothing more, and an
    // article whose raw text cannot be about AI and work costs one substring count more.
    if (this.isArticle && !this.bodyRead && !this.prefiltered) {
      this.prefiltered = true;
      const maybe = await this.step(() => mayBeAboutAiAndWork(pageTextSample(this.doc, PREFILTER_SAMPLE)), 'topic prefilter');
      if (maybe) await this.readBody();
    }
    if (this.signal.aborted) return;
    if (this.isArticle && this.aiWork.isAiWork) {
      await this.readClaims();
      this.observeLaterContent();
    }
    await this.render();
    this.done = true;
  }

  /** Runs one synchronous step, timed, then lets the page have the thread. */
  private async step<T>(fn: () => T, name?: string): Promise<T> {
    const result = this.meter.measure(fn, name);
    await yieldToPage();
    return result;
  }

  private async readBody(): Promise<void> {
    this.bodyRead = true;
    this.body = await this.step(() => findArticleBody(this.doc), 'article body');
    this.claimReviews = await this.step(() => pageClaimReviews(this.doc), 'claimreview');
    let projection: Projection = { text: '', segments: [] };
    if (this.body) {
      const walk = projectTextInSteps(this.body, NODES_PER_STEP);
      for (;;) {
        const r = await this.step(() => walk.next(), 'text');
        if (r.done) {
          projection = r.value;
          break;
        }
      }
    }
    this.batches = [{ projection, claims: [], offset: 0, highlights: null }];
    await this.step(() => {
      const sample = projection.text.slice(0, TOPIC_SAMPLE);
      this.lang = detectLanguage(this.doc.documentElement.getAttribute('lang'), sample);
      this.aiWork = detectAiWork(sample);
    }, 'topic gate');
  }

  /** Extraction in slices; the popup may ask for it on pages the gates turned down. */
  private async readClaims(): Promise<void> {
    if (this.claimsRead) return;
    this.claimsRead = true;
    const batch = this.batches[0];
    if (!batch) return;
    const claims: PageClaim[] = [];
    const slices = findNumberMentionsInSlices(batch.projection.text, { lang: this.lang }, CLAIM_SLICE);
    let since = performance.now();
    for (;;) {
      const r = this.meter.measure(() => slices.next(), 'claims');
      if (r.done) break;
      // Matching slice by slice too, on a window of whole lines (a sentence never crosses a line
      // break), so the result is the same as matching the whole text at once.
      const slice = r.value;
      if (slice.length) {
        // From the start of the line before the first claim's line: that holds its previous sentence.
        const text = batch.projection.text;
        const lineStart = text.lastIndexOf('\n', slice[0]!.start - 1) + 1;
        const windowStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
        claims.push(...this.meter.measure(() => matchSlice(slice, text, windowStart, this.registry.get()), 'matching'));
      }
      if (performance.now() - since > BUDGET_MS) {
        await yieldToPage();
        since = performance.now();
      }
    }
    batch.claims = claims;
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
        if (!this.articleChecked) return this.run();
        if (this.shouldHighlight && !this.claimsRead) await this.readClaims();
        await this.render();
        if (this.shouldHighlight) this.observeLaterContent();
      })
      .catch((e) => console.debug('Recount: could not apply settings', e));
  }

  /** The registry changed (an import switched on or off): match again and redraw. */
  rematch(): void {
    this.busy = this.busy
      .then(async () => {
        if (!this.claimsRead) return;
        this.meter.measure(() => this.unhighlight(), 'highlights');
        for (const batch of this.batches) batch.claims = this.meter.measure(() => matchClaims(batch.claims, batch.projection.text, this.registry.get()), 'matching');
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
      ...factLabels(t, fact),
    };
    const container = this.cardHost.shadowRoot!.lastElementChild!;
    render(
      h(ClaimCard, { claimText: claim.text, fact, lang: L, labels, claimReviews: this.claimReviews, position: { top, left }, onClose: () => this.closeCard(true) }),
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
      if (!this.articleChecked) {
        this.isArticle = await this.step(() => isArticlePage(this.doc), 'article gate');
        this.articleChecked = true;
      }
      if (!this.bodyRead) await this.readBody();
      if (!this.claimsRead) await this.readClaims();
    });
    this.busy = ready.catch((e) => console.debug('Recount: could not read this page', e));
    await this.busy;
    const perf = { workMs: round(this.meter.totalMs), maxTaskMs: round(this.meter.maxMs), steps: this.meter.steps, done: this.done };
    const claims: ClaimSummary[] = [];
    for (const b of this.batches) {
      b.claims.forEach((c, i) => claims.push({ index: b.offset + i, text: c.text, kind: c.kind, factId: c.fact?.id ?? null, highlighted: !!b.highlights?.marks.get(b.offset + i) }));
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
      claimReviews: this.claimReviews,
      perf,
    };
  }

  /** What reading this page has cost so far, without reading anything more (for the benchmark). */
  perf(): PagePerf {
    return {
      workMs: round(this.meter.totalMs),
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
          if (n.nodeType === 1 && !isOurs(n as Element)) this.pending.push(n);
        }
      }
      if (this.pending.length && !this.pendingTimer) this.pendingTimer = setTimeout(() => this.readAdded(), 250);
    });
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private readAdded(): void {
    this.pendingTimer = null;
    const nodes = this.pending.filter((n) => n.isConnected && !this.pending.some((o) => o !== n && o.contains(n)));
    this.pending = [];
    this.busy = this.busy.then(async () => {
      for (const node of nodes) {
        if (this.signal.aborted) return;
        // Only the added content is read: the cost follows what was added, not the page's size.
        const batch = this.meter.measure((): Batch | null => {
          const walk = projectTextInSteps(node as Element, Infinity);
          let r = walk.next();
          while (!r.done) r = walk.next();
          const projection = r.value;
          if (!/\d/.test(projection.text)) return null;
          const found = [...findNumberMentionsInSlices(projection.text, { lang: this.lang })].flat();
          const last = this.batches[this.batches.length - 1];
          const offset = last ? last.offset + last.claims.length : 0;
          return { projection, claims: matchClaims(found, projection.text, this.registry.get()), offset, highlights: null };
        });
        if (batch) this.batches.push(batch);
        await yieldToPage();
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
    this.observer?.disconnect();
    this.observer = null;
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.unhighlight();
  }
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Matches the claims of one slice against a window of the text that starts a little before the
 * slice (for the sentence before the first claim), and maps offsets back.
 */
function matchSlice(slice: Claim[], text: string, windowStart: number, index: ReturnType<ContentRegistry['get']>): PageClaim[] {
  const windowEnd = slice[slice.length - 1]!.end;
  const end = text.indexOf('\n', windowEnd);
  const window = text.slice(windowStart, end === -1 ? text.length : end);
  const shifted = slice.map((c) => ({ ...c, start: c.start - windowStart, end: c.end - windowStart }));
  return matchClaims(shifted, window, index).map((c) => ({ ...c, start: c.start + windowStart, end: c.end + windowStart }));
}

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
