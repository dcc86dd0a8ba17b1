/**
 * The marks around figures and the one <style> they need. Each batch of claims gets its own
 * highlight set; the batches of one pass are wrapped together, a hundred claims per step.
 * `clear()` undoes every set and removes the style.
 */
import { batchBySegment, createHighlightSet, unwrapMarks, type HighlightSet, type HighlightSpec } from '../../page/highlighter.ts';
import { yieldToPage } from '../task-meter.ts';
import { MARK_TAG } from '../../page/tag-names.ts';
import { isInsideNeverTouched } from '../../page/skip-rules.ts';
import { pageCss } from '../../page/page-styles.ts';
import { isDarkBackground } from '../../page/page-background.ts';
import { checkLabel, t, verdictLabel } from '../i18n.ts';
import type { Batch } from './claim-batches.ts';
import type { Steps } from './steps.ts';

/** Claims wrapped per step. */
const MARKS_PER_STEP = 100;

/** Runs a DOM change of ours so that the added-content watcher does not see it. */
export type Quietly = (change: () => void) => void;

export class MarksLayer {
  private readonly sets = new Map<Batch, HighlightSet>();
  private style: HTMLStyleElement | null = null;
  /** Whether the page behind the article is dark: the marks get colours that hold their contrast there. */
  private dark = false;
  private readonly shadowStyles = new Map<Node, HTMLStyleElement>();

  constructor(private readonly doc: Document, private readonly steps: Steps, private readonly quietly: Quietly) {}

  /**
   * Wraps the claims of every batch not yet marked, while `wanted()` stays true: the batches read
   * since the last pass in one go (one style and layout update of the page, not one per chunk),
   * giving the page its turn only after every MARKS_PER_STEP claims.
   */
  async markAll(batches: readonly Batch[], wanted: () => boolean): Promise<void> {
    this.ensureStyle(batches[0]);
    let sinceYield = 0;
    for (const batch of batches) {
      if (this.sets.has(batch)) continue;
      const set = createHighlightSet(this.doc);
      this.sets.set(batch, set);
      this.styleShadowRoots(batch);
      for (const chunk of batchBySegment(batch.projection, this.specsOf(batch), MARKS_PER_STEP)) {
        if (sinceYield >= MARKS_PER_STEP) {
          await this.steps.guard(yieldToPage());
          sinceYield = 0;
        }
        // Cleared or turned off while we were marking: stop; clear() has undone what was done.
        if (this.sets.get(batch) !== set || !wanted()) return;
        this.steps.measure(() => this.quietly(() => set.add(batch.projection, chunk)), 'highlights');
        sinceYield += chunk.length;
      }
    }
    if (sinceYield > 0) await this.steps.guard(yieldToPage());
  }

  private specsOf(batch: Batch): HighlightSpec[] {
    return batch.claims.map((c, i) => ({
      start: c.start,
      end: c.end,
      id: batch.offset + i,
      matched: c.fact !== null,
      label: c.fact ? t('markLabelMatched', c.text, c.check ? checkLabel(c.check.status) : verdictLabel(c.fact.verdict)) : t('markLabelFigure', c.text),
    }));
  }

  /** Puts the marks' style in the page, in colours for the background behind the first batch's text. */
  private ensureStyle(first: Batch | undefined): void {
    if (this.style?.isConnected) return;
    const text = first?.projection.segments[0]?.node.parentElement;
    this.dark = text ? isDarkBackground(text) : false;
    this.quietly(() => {
      const style = this.doc.createElement('style');
      style.textContent = pageCss(this.dark);
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.style = style;
    });
  }

  /** The page's styles do not reach into a shadow root: text read in an open one gets the marks' style there too. */
  private styleShadowRoots(batch: Batch): void {
    for (const { node } of batch.projection.segments) {
      const root = node.getRootNode();
      if (root.nodeType !== 11 || this.shadowStyles.has(root)) continue;
      this.quietly(() => {
        const style = this.doc.createElement('style');
        style.textContent = pageCss(this.dark);
        root.appendChild(style);
        this.shadowStyles.set(root, style);
      });
    }
  }

  /** The marks of a claim (several when it runs across inline elements). */
  marksOf(id: number): HTMLElement[] | undefined {
    for (const set of this.sets.values()) {
      const marks = set.marks.get(id);
      if (marks?.length) return marks;
    }
    return undefined;
  }

  /** Scrolls to a claim's mark and focuses it; false when it has none. */
  focus(id: number): boolean {
    const mark = this.marksOf(id)?.[0];
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
    return !!mark;
  }

  /** Lets go of the marks of batches whose text left the document: nothing there to undo, nothing to hold on to. */
  forget(batches: readonly Batch[]): void {
    for (const b of batches) this.sets.delete(b);
  }

  get empty(): boolean {
    return this.sets.size === 0 && !this.style && this.shadowStyles.size === 0;
  }

  dispose(): void {
    this.clear();
  }

  clear(): void {
    this.quietly(() => {
      for (const set of this.sets.values()) set.remove();
      this.sets.clear();
      // Marks the page copied (a re-render by `innerHTML = innerHTML` re-creates ours as new
      // elements): taken out by tag, so none stays behind as a button. Not inside an editor.
      const orphans = Array.from(this.doc.getElementsByTagName(MARK_TAG)).filter((m) => !isInsideNeverTouched(m.parentNode ?? m));
      unwrapMarks(orphans);
      this.style?.remove();
      this.style = null;
      for (const style of this.shadowStyles.values()) style.remove();
      this.shadowStyles.clear();
    });
  }
}
