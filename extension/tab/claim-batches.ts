/**
 * The page's claims, kept by the chunk of text they were found in. Claim ids run across batches
 * (a batch's first claim follows the previous batch's last), so a mark's id finds its claim.
 */
import type { MatchedClaim } from '../../core/analyze-text.ts';
import type { MatchableFact } from '../../core/registry/fact-types.ts';
import { segmentAt, TextReader, type Projection } from '../../page/project-text.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { Steps } from './steps.ts';
import { CHUNK_CHARS, lastLine } from '../../page/reading-plan.ts';
import { NODES_PER_STEP } from './viewport-reader.ts';
import { attachEarlier, textBefore } from '../../core/arithmetic/chunk-arithmetic.ts';

export type PageClaim = MatchedClaim<MatchableFact>;

export interface Batch {
  projection: Projection;
  claims: PageClaim[];
  /** Id of the first claim of this batch. */
  offset: number;
  /** The line before this text, which the first claim is matched with. */
  context: string;
  /** The chunk read just before this one, and the end of its text, for the article's own arithmetic. */
  previous: Batch | null;
  before: string;
}

export class ClaimBatches {
  readonly all: Batch[] = [];
  /** The article's last chunk in reading order: its end is read again with the next one. */
  private lastRead: Batch | null = null;

  constructor(private readonly client: ReadingClient, private readonly steps: Steps) {}

  get claimCount(): number {
    return this.all.reduce((n, b) => n + b.claims.length, 0);
  }

  /** The article's next chunk, read after the last one (see `add`). */
  async addNext(projection: Projection, context: string, lang: string): Promise<Batch> {
    this.lastRead = await this.add(projection, context, lang, this.lastRead);
    return this.lastRead;
  }

  /**
   * Asks the background for the claims of one projected text and adds them as a batch. `previous`:
   * the chunk read just before, whose end is read again so that a relation across the boundary
   * (a list and the total stated above it) is checked as if the text were read at once.
   */
  private async add(projection: Projection, context: string, lang: string, previous: Batch | null): Promise<Batch> {
    // Claims are found and matched in the background; the page only waits for the answer.
    const before = previous ? textBefore(previous.projection.text) : '';
    const { claims, earlier } = await this.steps.guard(this.client.chunk(projection.text, context, lang, before));
    const last = this.all[this.all.length - 1];
    const batch: Batch = { projection, claims, offset: last ? last.offset + last.claims.length : 0, context, previous, before };
    this.all.push(batch);
    attachEarlier(previous, before, earlier);
    return batch;
  }

  /** Reads content added to the page: only it, so the cost follows what was added, not the page's size. */
  async addFrom(el: Element, lang: string): Promise<void> {
    const reader = new TextReader(el, CHUNK_CHARS);
    let context = '';
    let previous: Batch | null = null;
    while (!reader.done) {
      const projection = await this.steps.step(() => reader.read(NODES_PER_STEP), 'added text');
      // Every chunk goes to the background, digits or not: figures are also written in words ("two-thirds").
      if (!projection) continue;
      previous = await this.add(projection, context, lang, previous);
      context = lastLine(projection.text);
    }
  }

  /** Matches every batch again (the registry changed); the first request reloads the imports. */
  async rematch(lang: string): Promise<void> {
    let reload = true;
    for (const batch of this.all) {
      const reply = await this.steps.guard(this.client.chunk(batch.projection.text, batch.context, lang, batch.before, reload));
      batch.claims = reply.claims;
      attachEarlier(batch.previous, batch.before, reply.earlier);
      reload = false;
    }
    // Ids are positions: keep them running on after a batch's claim count changed.
    let offset = 0;
    for (const batch of this.all) {
      batch.offset = offset;
      offset += batch.claims.length;
    }
  }

  claimAt(id: number): PageClaim | null {
    const b = this.batchOf(id);
    return b ? (b.claims[id - b.offset] ?? null) : null;
  }

  private batchOf(id: number): Batch | undefined {
    return this.all.find((b) => id >= b.offset && id < b.offset + b.claims.length);
  }

  /** Scrolls to the element holding a claim's first character (for a claim with no mark). */
  scrollTo(id: number): boolean {
    const b = this.batchOf(id);
    const claim = b && b.claims[id - b.offset];
    const el = b && claim && b.projection.segments[segmentAt(b.projection.segments, claim.start)]?.node.parentElement;
    el?.scrollIntoView({ block: 'center' });
    return !!el;
  }
}
