/**
 * What the page shows of the claims read: marks, notes and the card, brought in line with the
 * settings after every piece of work, and all taken away when highlights go off.
 */
import { Disposed } from '../run-safely.ts';
import type { CardPresenter } from './card-presenter.ts';
import type { ClaimBatches } from './claim-batches.ts';
import type { MarksLayer } from './marks-layer.ts';
import type { NotesLayer } from './notes-layer.ts';
import type { Steps } from './steps.ts';

export class PageDisplay {
  constructor(
    private readonly parts: { marks: MarksLayer; notes: NotesLayer; card: CardPresenter; batches: ClaimBatches; steps: Steps },
    private readonly shouldHighlight: () => boolean,
    private readonly overlays: () => boolean,
  ) {}

  /** Brings the page in line with the settings: highlights and notes on or off. */
  async render(): Promise<void> {
    const { marks, notes, batches, steps } = this.parts;
    const { shouldHighlight, overlays } = this;
    try {
      if (!shouldHighlight()) return steps.measure(() => this.unhighlight(), 'other');
      await marks.markAll(batches.all, shouldHighlight);
      await notes.update(() => overlays() && shouldHighlight());
    } catch (e) {
      if (e instanceof Disposed) throw e; // teardown has undone everything already
      // Never let a failure reach the page; leave it as it was.
      this.unhighlight();
      console.debug('Recount: could not highlight this page', e);
    }
  }

  unhighlight(): void {
    this.parts.card.close(false);
    this.parts.notes.clear();
    this.parts.marks.clear();
  }
}
