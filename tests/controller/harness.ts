/**
 * The tab controller in jsdom, with what a real tab would give it faked just enough: the reading
 * service runs in-process behind a client whose replies a test can hold back, an
 * IntersectionObserver whose idea of "near the viewport" a test sets, and scrollIntoView (jsdom
 * has none) that records where it was asked to scroll.
 */
import { migrateFact } from '../../core/registry/migrate-registry.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { claimCardView } from '../../components/claim-card-view.tsx';
import type { Fact } from '../../core/registry/fact-types.ts';
import { PageController } from '../../extension/page-controller.ts';
import { ReadingClient } from '../../extension/reading-client.ts';
import { ReadingService, type ReadingRequest } from '../../extension/reading-service.ts';
import type { Settings } from '../../types/settings.ts';
import { recordShadowRoots } from '../dom/closed-shadow-roots.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = readFileSync(resolve(ROOT, 'assets/demo/ai-work.en.html'), 'utf8');
/** A reader's registry in the first schema, brought up to date as the extension's store does. */
export const IMPORTED: Fact[] = (JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/registries/good.json'), 'utf8')) as unknown[]).map(migrateFact) as Fact[];

/** A paragraph whose figure only the imported fixture registry knows. */
export const BAKERY = '<p id="bakery">The owners of Crumb &amp; Co say the bakery now runs 37 robots on its night shift.</p>';

/**
 * The English demo article; `copies` repeats its body (a long article of many screens), `extra`
 * is added at the end of the article.
 */
export function demoPage(copies = 1, extra = ''): string {
  const body = /<article[^>]*>([\s\S]*?)<\/article>/.exec(DEMO)![1]!;
  const html = DEMO.replace(body, Array.from({ length: copies }, () => body).join('\n') + extra);
  return /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1]!;
}

export const NOT_ABOUT_AI = readFileSync(resolve(ROOT, 'tests/fixtures/pages/sports.en.html'), 'utf8').replace(/^[\s\S]*?<html[^>]*>|<\/html>[\s\S]*$/g, '');

/** Loads a page into the test's document and returns its markup, to compare after an undo. */
export function loadPage(inner: string): string {
  document.documentElement.innerHTML = inner;
  document.documentElement.lang = 'en';
  for (const s of Array.from(document.querySelectorAll('script'))) s.remove();
  return document.documentElement.outerHTML;
}

export const pageHtml = (): string => document.documentElement.outerHTML;

/** An IntersectionObserver whose answer is `near(el)`, given one microtask later. */
export class FakeIntersectionObserver {
  static near: (el: Element) => boolean = () => true;
  private static waiting: (() => void)[] = [];
  constructor(private readonly callback: (entries: unknown[], io: FakeIntersectionObserver) => void) {}
  observe(el: Element): void {
    const isIntersecting = FakeIntersectionObserver.near(el);
    queueMicrotask(() => {
      this.callback([{ isIntersecting, boundingClientRect: { bottom: 1 }, rootBounds: { top: 0 } }], this);
      for (const wake of FakeIntersectionObserver.waiting.splice(0)) wake();
    });
  }
  /** Resolves once the next answer has been given and its promise's handlers have run. */
  static async answered(): Promise<void> {
    await new Promise<void>((r) => FakeIntersectionObserver.waiting.push(r));
    for (let i = 0; i < 3; i++) await Promise.resolve();
  }
  disconnect(): void {}
}

/** Near the viewport: before `limit` in the document (the reader has scrolled to there). */
export const nearBefore = (limit: () => Element | null) => (el: Element) => {
  const edge = limit();
  return !edge || (el.compareDocumentPosition(edge) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
};

/** The reading service in-process; replies to requests `holdIf` picks are held until `release()`. */
export class InProcessReading {
  imported: Fact[] = [];
  readonly service = new ReadingService(async () => this.imported);
  readonly requests: ReadingRequest[] = [];
  holdIf: ((request: ReadingRequest, index: number) => boolean) | null = null;
  private held: (() => void)[] = [];
  private onHeld: (() => void)[] = [];
  readonly client = new ReadingClient(async (request) => {
    this.requests.push(request);
    const reply = await this.service.handle(request);
    if (this.holdIf?.(request, this.requests.length - 1)) {
      for (const wake of this.onHeld.splice(0)) wake();
      await new Promise<void>((r) => this.held.push(r));
    }
    return reply;
  });

  /** Resolves when a reply is being held back. */
  whenHeld(): Promise<void> {
    return this.held.length ? Promise.resolve() : new Promise((r) => this.onHeld.push(r));
  }

  release(): void {
    this.holdIf = null;
    for (const r of this.held.splice(0)) r();
  }
}

export const SETTINGS: Settings = { highlights: true, overlays: false, disabledSites: [] };

/** `firstVerdict`: the page-wide prefilter's verdict, as the content script's first stage hands it over. */
export function startController(settings: Partial<Settings> = {}, firstVerdict?: boolean): { controller: PageController; reading: InProcessReading; life: AbortController } {
  const reading = new InProcessReading();
  const life = new AbortController();
  const controller = new PageController(document, reading.client, { ...SETTINGS, ...settings }, life.signal, async () => claimCardView, firstVerdict);
  return { controller, reading, life };
}

export const marks = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('recount-mark'));
export const notes = (): Element[] => Array.from(document.querySelectorAll('recount-note'));
const closedRootOf = recordShadowRoots();
/** The card's dialog, read through the card's closed shadow root (null when the card is closed, or when its root is open). */
export const cardDialog = (): Element | null => closedRootOf(document.querySelector('recount-ui'))?.querySelector('[role=dialog]') ?? null;
/** A note's text, which lives in its host's closed shadow root. */
export const noteText = (note: Element | null): string | null => closedRootOf(note)?.textContent ?? null;
export const markId = (m: HTMLElement): number => Number(m.dataset.recountClaim);
