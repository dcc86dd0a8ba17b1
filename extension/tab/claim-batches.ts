/**
 * The page's claims, kept by the chunk of text they were found in. Claim ids run across batches
 * (a batch's first claim follows the previous batch's last), so a mark's id finds its claim.
 */
import type { EarlierCheck, MatchedClaim } from '../../core/analyze-text.ts';
import { lineContext, type ReadContext } from '../../core/text/read-context.ts';
import { shiftClaim } from '../../core/claims/shift-claim.ts';
import type { MatchableFact } from '../../core/registry/fact-types.ts';
import { segmentAt, TextReader, type Projection } from '../../page/project-text.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { Steps } from './steps.ts';
import { CHUNK_CHARS, lastLine, piecesInContext } from '../../page/reading-plan.ts';
import { NODES_PER_STEP } from './viewport-reader.ts';
import { attachEarlier, textBefore } from '../../core/arithmetic/chunk-arithmetic.ts';

export type PageClaim = MatchedClaim<MatchableFact>;

export interface Batch {
  projection: Projection;
  claims: PageClaim[];
  /** Id of the first claim of this batch. */
  offset: number;
  /** What this text is read after: the headline and lede, and the line before it. */
  context: ReadContext;
  /** The chunk read just before this one, and the end of its text, for the article's own arithmetic. */
  previous: Batch | null;
  before: string;
}

/** Claims kept at most: past this, content added later is not read (a page cannot grow the list without end). */
export const MAX_CLAIMS = 3_000;

export class ClaimBatches {
  readonly all: Batch[] = [];
  /** The article's last chunk in reading order: its end is read again with the next one. */
  private lastRead: Batch | null = null;
  /** The id the next claim gets: ids are never reused, so a mark's id always finds its own claim. */
  private nextId = 0;

  constructor(private readonly client: ReadingClient, private readonly steps: Steps) {}

  get claimCount(): number {
    return this.all.reduce((n, b) => n + b.claims.length, 0);
  }

  /** The article's next chunk, read after the last one (see `add`). */
  async addNext(projection: Projection, context: ReadContext, lang: string): Promise<Batch> {
    this.lastRead = await this.add(projection, context, lang, this.lastRead);
    return this.lastRead;
  }

  /**
   * Asks the background for the claims of one projected text and adds them as a batch. `previous`:
   * the chunk read just before, whose end is read again so that a relation across the boundary
   * (a list and the total stated above it) is checked as if the text were read at once.
   */
  private async add(projection: Projection, context: ReadContext, lang: string, previous: Batch | null): Promise<Batch> {
    // Claims are found and matched in the background; the page only waits for the answer.
    const before = previous ? textBefore(previous.projection.text) : '';
    const { claims, earlier } = await this.claimsOf(projection.text, context, lang, false, before);
    const batch: Batch = { projection, claims, offset: this.nextId, context, previous, before };
    this.nextId += claims.length;
    this.all.push(batch);
    attachEarlier(previous, before, earlier);
    return batch;
  }

  /**
   * Reads content added to the page: only it, so the cost follows what was added, not the page's
   * size. Each chunk sent to the background takes a unit of `mayRead`; none is read past MAX_CLAIMS.
   */
  async addFrom(el: Element, lang: string, mayRead: () => boolean): Promise<void> {
    const reader = new TextReader(el, CHUNK_CHARS);
    let context = '';
    let previous: Batch | null = null;
    while (!reader.done) {
      const projection = await this.steps.step(() => reader.read(NODES_PER_STEP), 'added text');
      // Every chunk goes to the background, digits or not: figures are also written in words ("two-thirds").
      if (!projection) continue;
      if (this.claimCount >= MAX_CLAIMS || !mayRead()) return;
      previous = await this.add(projection, lineContext(context), lang, previous);
      context = lastLine(projection.text);
    }
  }

  /**
   * The claims of a text, asked for piece by piece when it is too long for one request; offsets are
   * the text's own. Each piece's arithmetic is checked with the end of the text before it (`before`
   * for the first piece); `earlier` holds what falls on the claims of `before`.
   */
  private async claimsOf(text: string, context: ReadContext, lang: string, reload: boolean, before: string): Promise<{ claims: PageClaim[]; earlier: EarlierCheck[] }> {
    const pieces: { at: number; projection: { text: string }; claims: PageClaim[] }[] = [];
    let earlier: EarlierCheck[] = [];
    for (const piece of piecesInContext(text, context)) {
      const previous = pieces.at(-1) ?? null;
      const pieceBefore = previous ? textBefore(previous.projection.text) : before;
      const reply = await this.steps.guard(this.client.chunk(piece.text, piece.context, lang, pieceBefore, reload));
      if (previous) attachEarlier(previous, pieceBefore, reply.earlier);
      else earlier = reply.earlier;
      pieces.push({ at: piece.at, projection: { text: piece.text }, claims: reply.claims });
      reload = false;
    }
    // Shifted only now: a later piece may have added checks to an earlier piece's claims.
    const claims = pieces.flatMap((p) => p.claims.map((c) => shiftClaim(c, p.at)));
    return { claims, earlier };
  }

  /** Drops the batches whose text has left the document (a ticker's last tick, a replaced section); returns them. */
  dropDetached(): Batch[] {
    const gone = this.all.filter((b) => b.projection.segments.length > 0 && !b.projection.segments.some((s) => s.node.isConnected));
    if (gone.length) {
      const kept = this.all.filter((b) => !gone.includes(b));
      this.all.length = 0;
      this.all.push(...kept);
    }
    return gone;
  }

  /** Matches every batch again (the registry changed); the first request reloads the imports. */
  async rematch(lang: string): Promise<void> {
    let reload = true;
    for (const batch of this.all) {
      const reply = await this.claimsOf(batch.projection.text, batch.context, lang, reload, batch.before);
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
    this.nextId = offset;
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
