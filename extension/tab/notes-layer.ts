/**
 * Notes after the sentences of matched figures, kept in step with the marks: `sync` adds notes for
 * claims that gained a mark and removes those whose mark is gone, leaving the rest in place. One
 * note per fact per paragraph: the first claim of the fact in a paragraph carries it.
 */
import type { Fact } from '../../core/registry/fact-types.ts';
import { insertNotes, NOTE_BLOCKS } from '../../page/counterpoint-notes.ts';
import type { Batch } from './claim-batches.ts';
import type { Quietly } from './marks-layer.ts';

interface NoteWanted {
  /** Claim id. */
  id: number;
  after: Element;
  fact: Fact;
  claim: NotedClaim;
}

/** The note's text is about the claim as well as its fact (the verdict on that figure). */
type NotedClaim = Batch['claims'][number];
type NoteText = (fact: Fact, claim: NotedClaim) => string;

export class NotesLayer {
  /** The undo of each claim's note, by claim id. */
  private readonly notes = new Map<number, { after: Element; remove: () => void }>();

  constructor(private readonly doc: Document, private readonly quietly: Quietly) {}

  /** A note after the last mark of every matched claim whose fact is in `facts`. */
  show(batches: readonly Batch[], marksOf: (id: number) => Element[] | undefined, facts: Map<string, Fact>, text: NoteText, label: string): void {
    const wanted: NoteWanted[] = [];
    const noted = new Map<Element, Set<string>>();
    for (const b of batches) {
      b.claims.forEach((c, i) => {
        const after = marksOf(b.offset + i)?.at(-1);
        const fact = c.fact && facts.get(c.fact.id);
        if (!fact || !after) return;
        const block = after.closest(NOTE_BLOCKS) ?? after.parentElement ?? after;
        const inBlock = noted.get(block) ?? noted.set(block, new Set()).get(block)!;
        if (inBlock.has(fact.id)) return;
        inBlock.add(fact.id);
        wanted.push({ id: b.offset + i, after, fact, claim: c });
      });
    }
    this.sync(wanted, text, label);
  }

  private sync(wanted: NoteWanted[], text: NoteText, label: string): void {
    this.quietly(() => {
      const keep = new Map(wanted.map((w) => [w.id, w]));
      for (const [id, note] of this.notes) {
        if (keep.get(id)?.after === note.after && note.after.isConnected) continue;
        note.remove();
        this.notes.delete(id);
      }
      for (const w of wanted) {
        if (this.notes.has(w.id)) continue;
        this.notes.set(w.id, { after: w.after, remove: insertNotes(this.doc, [{ after: w.after, text: text(w.fact, w.claim), label }]) });
      }
    });
  }

  get size(): number {
    return this.notes.size;
  }

  dispose(): void {
    this.clear();
  }

  clear(): void {
    if (this.notes.size === 0) return;
    this.quietly(() => {
      for (const note of this.notes.values()) note.remove();
      this.notes.clear();
    });
  }
}
