/**
 * Reads the article's text chunk by chunk, and only as far as its reader scrolls: a chunk is read
 * when the text before it ends within a screen below the viewport. Owns the scroll watch that
 * wakes reading up again, and removes it on `stopWatching()` and `dispose()`.
 */
import type { ReadContext } from '../../core/text/read-context.ts';
import { followsInReadingOrder } from '../../page/composed-order.ts';
import { findArticleBody } from '../../page/find-article-body.ts';
import { TextReader, type Projection } from '../../page/project-text.ts';
import { CHUNK_CHARS, ChunkContext, TOPIC_SAMPLE, topicSample } from '../../page/reading-plan.ts';
import type { Steps } from './steps.ts';

/** Nodes visited per step when the article's text is read. */
export const NODES_PER_STEP = 1500;
/** How far below the viewport text is read ahead. */
const READ_AHEAD = '0px 0px 100% 0px';

export class ViewportReader {
  body: Element | null = null;
  private reader: TextReader | null = null;
  /** Chunks read (for the topic sample) but not yet scanned. */
  private queued: Projection[] = [];
  /** What each chunk is matched with: the headline and lede, and the line before it. */
  private readonly contexts = new ChunkContext();
  private watch: AbortController | null = null;

  constructor(private readonly doc: Document, private readonly steps: Steps) {}

  /** Whether `open()` has run (whether or not it found an article body). */
  opened = false;

  get allRead(): boolean {
    return !this.reader || (this.reader.done && this.queued.length === 0);
  }

  get watching(): boolean {
    return this.watch !== null;
  }

  /** Finds the article body and reads enough of it to tell its language and topic; returns that sample. */
  async open(): Promise<string | null> {
    this.opened = true;
    this.body = await this.steps.step(() => findArticleBody(this.doc), 'article body');
    if (!this.body) return null;
    this.reader = new TextReader(this.body, CHUNK_CHARS);
    let sampled = 0;
    while (sampled < TOPIC_SAMPLE) {
      const chunk = await this.readChunk();
      if (!chunk) break;
      this.queued.push(chunk);
      sampled += chunk.text.length;
    }
    return topicSample(this.queued);
  }

  /** The next chunk to scan, with the text it is matched with; null once the article is read to its end. */
  async next(): Promise<{ projection: Projection; context: ReadContext } | null> {
    const projection = this.queued.shift() ?? (await this.readChunk());
    if (!projection) return null;
    return { projection, context: this.contexts.next(projection.text) };
  }

  private async readChunk(): Promise<Projection | null> {
    const reader = this.reader;
    while (reader && !reader.done) {
      const chunk = await this.steps.step(() => reader.read(NODES_PER_STEP), 'text');
      if (chunk) return chunk;
    }
    return null;
  }

  /** Whether a node comes after what has been read so far (content the reader will reach). */
  isAhead(n: Node): boolean {
    const reader = this.reader;
    // In reading order, not document order: content added in an open shadow root of the article too.
    return !!reader && !reader.done && followsInReadingOrder(reader.frontier, n);
  }

  /** Whether an element is within a screen below the viewport, or above it (already scrolled past). */
  isNearViewport(el: Element): Promise<boolean> {
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
   * Calls `onNear` once the reader scrolls to within a screen of `edge`. A scroll (or resize)
   * only schedules one intersection check at a time; nothing reads layout in the handler. An
   * IntersectionObserver alone would miss a jump past the edge (an anchor, the End key).
   */
  watchScroll(edge: Element, onNear: () => void): void {
    const view = this.doc.defaultView;
    this.stopWatching();
    if (!view) return;
    const watch = new AbortController();
    let checking = false;
    const check = (): void => {
      if (checking) return;
      checking = true;
      this.isNearViewport(edge).then((near) => {
        checking = false;
        if (!near || watch.signal.aborted) return;
        this.stopWatching();
        onNear();
      }, () => (checking = false));
    };
    const options = { passive: true, capture: true, signal: watch.signal };
    // An article in a frame moves when the page around the frame scrolls, too.
    const around = view.frameElement?.ownerDocument.defaultView;
    for (const v of around ? [view, around] : [view]) for (const type of ['scroll', 'resize'] as const) v.addEventListener(type, check, options);
    this.watch = watch;
  }

  stopWatching(): void {
    this.watch?.abort();
    this.watch = null;
  }

  dispose(): void {
    this.stopWatching();
  }
}
