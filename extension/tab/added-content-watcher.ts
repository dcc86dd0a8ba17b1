/**
 * Watches the article for content added later (comments loaded, a live blog's new entries) and
 * hands it on after a short quiet spell. Changes Recount makes itself go through `quietly` and are
 * never reported; nor is content ahead of the reader, which is read when the reader gets there,
 * nor what goes into a container the page keeps rewriting (see churn-guard.ts), which is left out
 * of the watch while it churns (observed-region.ts). A MutationObserver does not cross shadow
 * boundaries, so the open shadow roots in the article (and in content added to it) are watched
 * too, under the same churn guard.
 */
import { CARD_TAG, MARK_TAG, NOTE_TAG } from '../../page/tag-names.ts';
import { openShadowRoots } from '../../page/open-shadow-roots.ts';
import { isInsideNeverTouched } from '../../page/skip-rules.ts';
import { ChurnGuard } from './churn-guard.ts';
import { ObservedRegion } from './observed-region.ts';

/** Added nodes are collected for this long before they are read (a debounce, not a wait). */
const QUIET_MS = 250;

export class AddedContentWatcher {
  private observer: MutationObserver | null = null;
  private region: ObservedRegion | null = null;
  private pending: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  /** A ticker's container is passed over until it settles, then its latest content is read once. */
  readonly churn = new ChurnGuard({
    settled: (nodes) => this.collect(nodes),
    passOver: (container) => this.region?.exclude(container),
    watchAgain: (container) => {
      this.region?.include(container);
      this.registerAgain();
    },
  });
  /** Mutation records handled so far: the watcher's work, which a container passed over no longer adds to. */
  records = 0;

  constructor(private readonly isAhead: (n: Node) => boolean, private readonly onAdded: (nodes: Element[]) => void) {}

  /** Starts watching `root` and the open shadow roots in it (once; never after `dispose()`). */
  watch(root: Element | null): void {
    if (this.observer || !root || this.disposed) return;
    this.observer = new MutationObserver((records) => this.handle(records));
    this.region = new ObservedRegion(this.observer);
    this.region.addRoot(root);
    for (const shadow of openShadowRoots(root)) this.region.addRoot(shadow);
  }

  private handle(records: MutationRecord[]): void {
    if (this.disposed) return;
    this.records += records.length;
    for (const r of records) {
      if (this.region?.isPath(r.target)) this.region.observeAdded(r.addedNodes);
      if (this.churn.admit(r)) this.collect(Array.from(r.addedNodes));
    }
    this.churn.endBatch();
    if (this.region?.dirty) this.registerAgain();
  }

  /** Registers the region anew, reading first what it would drop. */
  private registerAgain(): void {
    if (!this.observer || !this.region?.dirty) return;
    const pending = this.observer.takeRecords();
    this.region.register();
    if (pending.length) this.handle(pending);
  }

  private collect(nodes: Node[]): void {
    if (this.disposed) return;
    for (const n of nodes) {
      // What a writer types into an editable box is theirs: never read, never marked.
      if (n.nodeType === 1 && !isOurs(n as Element) && !this.isAhead(n) && !isInsideNeverTouched(n)) {
        this.pending.push(n);
        // A component added later: what it later puts in its open shadow root is seen too.
        for (const shadow of openShadowRoots(n)) this.region?.addRoot(shadow);
      }
    }
    if (this.pending.length && !this.timer) this.timer = setTimeout(() => this.flush(), QUIET_MS);
  }

  /** Hands on what was added, outermost nodes only. */
  flush(): void {
    this.timer = null;
    const nodes = this.pending.filter((n) => n.isConnected && !this.pending.some((o) => o !== n && o.contains(n)));
    this.pending = [];
    if (nodes.length) this.onAdded(nodes as Element[]);
  }

  readonly quietly = (change: () => void): void => {
    change();
    this.observer?.takeRecords();
  };

  dispose(): void {
    this.disposed = true;
    this.churn.dispose();
    this.observer?.disconnect();
    this.observer = null;
    this.region = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }
}

function isOurs(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === MARK_TAG || tag === NOTE_TAG || tag === CARD_TAG;
}
