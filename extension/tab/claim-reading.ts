/**
 * Turns the page's text into claims, in batches: the article in reading order (its body opened
 * and its topic told first), and content the page adds later, within a per-minute budget.
 */
import type { Batch, ClaimBatches } from './claim-batches.ts';
import type { MarksLayer } from './marks-layer.ts';
import type { PageGate } from './page-gate.ts';
import type { ViewportReader } from './viewport-reader.ts';
import { WorkBudget } from './work-budget.ts';

/** Chunks of added content read per minute: a live blog's new entries fit, a ticker's churn does not. */
const ADDED_CHUNKS_PER_MINUTE = 20;

export class ClaimReading {
  private readonly addedBudget = new WorkBudget(ADDED_CHUNKS_PER_MINUTE);

  constructor(private readonly parts: { reader: ViewportReader; gate: PageGate; batches: ClaimBatches; marks: MarksLayer }) {}

  /** Finds the article body and tells its language and topic from a sample of it. */
  async openArticle(): Promise<void> {
    const sample = await this.parts.reader.open();
    if (sample !== null) await this.parts.gate.readTopic(sample);
  }

  /** Reads and matches the article's next chunk; null once it is read to its end. */
  async scanNext(): Promise<Batch | null> {
    const next = await this.parts.reader.next();
    return next && this.parts.batches.addNext(next.projection, next.context, this.parts.gate.lang);
  }

  /**
   * Reads content added behind the reader. Returns false, reading nothing, when everything read so
   * far has left the page: the article was replaced in place, by a page that needs its own gates.
   */
  async readAdded(nodes: Element[]): Promise<boolean> {
    // Claims whose text left the page go, with their marks: the list stays as big as the page.
    const gone = this.parts.batches.dropDetached();
    this.parts.marks.forget(gone);
    if (gone.length && this.parts.batches.all.length === 0) return false;
    const mayRead = () => this.addedBudget.take();
    for (const node of nodes) await this.parts.batches.addFrom(node, this.parts.gate.lang, mayRead);
    return true;
  }

  /** Chunks of added content read, and left unread over the budget (for the report). */
  get added(): { read: number; refused: number } {
    return { read: this.addedBudget.done, refused: this.addedBudget.refused };
  }
}
