/**
 * The page's claims, kept by the chunk of text they were found in. Claim ids run across batches
 * (a batch's first claim follows the previous batch's last), so a mark's id finds its claim.
 */
import type { MatchedClaim } from '../../core/analyze-text.ts';
import type { MatchableFact } from '../../core/registry/fact-types.ts';
import { segmentAt, TextReader, type Projection } from '../../page/project-text.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { Steps } from './steps.ts';
import { CHUNK_CHARS, lastLine, NODES_PER_STEP } from './viewport-reader.ts';

export type PageClaim = MatchedClaim<MatchableFact>;

export interface Batch {
  projection: Projection;
  claims: PageClaim[];
  /** Id of the first claim of this batch. */
  offset: number;
  /** The line before this text, which the first claim is matched with. */
  context: string;
}

/** Claims kept at most: past this, content added later is not read (a page cannot grow the list without end). */
export const MAX_CLAIMS = 3_000;

/**
 * Longest text sent in one request (the background takes up to 200k characters): a chunk is cut
 * only between blocks, so one huge text node makes a huge chunk, and it is sent in pieces.
 */
const REQUEST_CHARS = 100_000;

/** Cuts text into pieces of at most `max` characters, at a line or sentence end where there is one. */
export function requestPieces(text: string, max = REQUEST_CHARS): { at: number; text: string }[] {
  const pieces: { at: number; text: string }[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const floor = max / 2;
    let cut = window.lastIndexOf('\n') + 1;
    if (cut <= floor) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 2;
    if (cut <= floor) cut = window.lastIndexOf(' ') + 1;
    if (cut <= floor) cut = max;
    pieces.push({ at, text: window.slice(0, cut) });
    at += cut;
  }
  pieces.push({ at, text: text.slice(at) });
  return pieces;
}

const shift = <T extends PageClaim>(c: T, by: number): T =>
  by === 0
    ? c
    : {
        ...c,
        start: c.start + by,
        end: c.end + by,
        ...(c.figureStart !== undefined ? { figureStart: c.figureStart + by } : {}),
        ...(c.figureEnd !== undefined ? { figureEnd: c.figureEnd + by } : {}),
      };

export class ClaimBatches {
  readonly all: Batch[] = [];
  /** The id the next claim gets: ids are never reused, so a mark's id always finds its own claim. */
  private nextId = 0;

  constructor(private readonly client: ReadingClient, private readonly steps: Steps) {}

  get claimCount(): number {
    return this.all.reduce((n, b) => n + b.claims.length, 0);
  }

  /** Asks the background for the claims of one projected text and adds them as a batch. */
  async add(projection: Projection, context: string, lang: string): Promise<Batch> {
    // Claims are found and matched in the background; the page only waits for the answer.
    const claims = await this.claimsOf(projection.text, context, lang, false);
    const batch: Batch = { projection, claims, offset: this.nextId, context };
    this.nextId += claims.length;
    this.all.push(batch);
    return batch;
  }

  /**
   * Reads content added to the page: only it, so the cost follows what was added, not the page's
   * size. Each chunk sent to the background takes a unit of `mayRead`; none is read past MAX_CLAIMS.
   */
  async addFrom(el: Element, lang: string, mayRead: () => boolean): Promise<void> {
    const reader = new TextReader(el, CHUNK_CHARS);
    let context = '';
    while (!reader.done) {
      const projection = await this.steps.step(() => reader.read(NODES_PER_STEP), 'added text');
      if (!projection || !/\d/.test(projection.text)) continue;
      if (this.claimCount >= MAX_CLAIMS || !mayRead()) return;
      await this.add(projection, context, lang);
      context = lastLine(projection.text);
    }
  }

  /** The claims of a text, asked for piece by piece when it is too long for one request; offsets are the text's own. */
  private async claimsOf(text: string, context: string, lang: string, reload: boolean): Promise<PageClaim[]> {
    const claims: PageClaim[] = [];
    for (const piece of requestPieces(text)) {
      const found = await this.steps.guard(this.client.claims(piece.text, context, lang, reload));
      for (const c of found) claims.push(shift(c, piece.at));
      context = lastLine(piece.text);
      reload = false;
    }
    return claims;
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
      batch.claims = await this.claimsOf(batch.projection.text, batch.context, lang, reload);
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
