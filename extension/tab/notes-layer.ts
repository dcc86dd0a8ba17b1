/**
 * Notes after the sentences of matched figures, kept in step with the marks: `sync` adds notes for
 * claims that gained a mark and removes those whose mark is gone, leaving the rest in place. One
 * note per fact per paragraph: the first claim of the fact in a paragraph carries it.
 */
import { checkNote } from '../../core/registry/check-note.ts';
import type { Fact } from '../../core/registry/fact-types.ts';
import { insertNotes, NOTE_BLOCKS } from '../../page/counterpoint-notes.ts';
import { pick, t } from '../i18n.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { Batch, ClaimBatches } from './claim-batches.ts';
import type { MarksLayer, Quietly } from './marks-layer.ts';
import type { PageGate } from './page-gate.ts';
import type { Steps } from './steps.ts';

/** Where the notes find what they show. */
interface NotesSource {
  batches: ClaimBatches;
  marks: MarksLayer;
  gate: PageGate;
  client: ReadingClient;
  steps: Steps;
}

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

  constructor(
    private readonly doc: Document,
    private readonly quietly: Quietly,
    private readonly source: NotesSource,
  ) {}

  /**
   * While `wanted()`, a note after the last mark of every matched claim (the facts' words are
   * asked of the background first); otherwise none.
   */
  async update(wanted: () => boolean): Promise<void> {
    const { batches, marks, gate, client, steps } = this.source;
    const ids = wanted() ? batches.all.flatMap((b) => b.claims.flatMap((c) => c.fact?.id ?? [])) : [];
    const facts = ids.length ? await steps.guard(client.details(ids)) : new Map<string, Fact>();
    steps.measure(() => {
      if (!wanted()) return this.clear();
      // One note per fact in each paragraph (or other block), after the first of its figures there.
      const notes: NoteWanted[] = [];
      const noted = new Map<Element, Set<string>>();
      for (const b of batches.all) {
        b.claims.forEach((c, i) => {
          const after = marks.marksOf(b.offset + i)?.at(-1);
          const fact = c.fact && facts.get(c.fact.id);
          if (!fact || !after) return;
          const block = after.closest(NOTE_BLOCKS) ?? after.parentElement ?? after;
          const inBlock = noted.get(block) ?? noted.set(block, new Set()).get(block)!;
          if (inBlock.has(fact.id)) return;
          inBlock.add(fact.id);
          notes.push({ id: b.offset + i, after, fact, claim: c });
        });
      }
      // The note speaks of this figure: the verdict on it when there is one, else the fact's summary.
      const text: NoteText = (fact, claim) => (claim.check ? checkNote(fact, claim.check, gate.lang === 'id' ? 'id' : 'en') : pick(fact.summary, gate.lang));
      this.sync(notes, text, t('noteLabel'));
    }, 'notes');
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
