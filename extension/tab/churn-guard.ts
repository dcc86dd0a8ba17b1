/**
 * Containers the page keeps rewriting (a live ticker, a clock, a rotating quote): once one has had
 * a few rewrites in a short window, what the page puts into it is passed over until it has been
 * quiet for a while; then its latest content is read once. A rewrite is a change that takes nodes
 * out of a container; content only appended (a live blog's new entries) is not churn.
 *
 * A passed-over container is left out of the watch (`passOver`), so its rewrites cost nothing per
 * tick; whether it is still changing is told by a check every few seconds, which compares the
 * nodes it holds (a rewrite puts in new ones). A record that still reaches the guard for it (the
 * rest of the batch it was passed over in, or a container that cannot be left out) costs O(1).
 */

/** Rewrites of one container read within WINDOW_MS before it is passed over. */
export const REWRITES_READ = 3;
const WINDOW_MS = 10_000;
/** A passed-over container is read again once it has had no change for this long. */
export const SETTLE_MS = 5_000;

interface Churn {
  container: Node;
  /** When its recent rewrites happened (at most REWRITES_READ + 1 kept). */
  times: number[];
  muted: boolean;
  /** Its children that were read before it was passed over: the others are read once it settles. */
  read: Set<Node>;
  /** Its children at the last check. */
  seen: Node[];
  /** A record for it arrived since the last check. */
  changed: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

export interface ChurnHooks {
  /** A container settled: what it holds now that was not read before. */
  settled: (nodes: Node[]) => void;
  /** A container is passed over: leave it out of the watch. */
  passOver: (container: Node) => void;
  /** It settled, or left the page: watch it again. */
  watchAgain: (container: Node) => void;
}

export class ChurnGuard {
  /** Per container; weak, so a container the page drops is forgotten with it. */
  private readonly churn = new WeakMap<Node, Churn>();
  private readonly muted = new Set<Churn>();
  /** Passed over in the batch of records being read: its later records there may add nodes. */
  private readonly mutedNow = new Set<Churn>();
  /** Rewrites passed over: a record for a passed-over container, or a check that found it rewritten (for the page's perf). */
  passedOver = 0;
  /** Checks of passed-over containers so far (one per container every SETTLE_MS, whatever the ticker's pace). */
  checks = 0;

  constructor(private readonly hooks: ChurnHooks, private readonly now: () => number = () => performance.now()) {}

  /** Whether the nodes a mutation record added are to be read now. */
  admit(record: MutationRecord): boolean {
    const target = record.target;
    const c = this.churn.get(target);
    if (c?.muted) {
      c.changed = true;
      this.passedOver++;
      // Only in the batch it was passed over in: what these records added was not read either.
      if (this.mutedNow.has(c)) for (const n of Array.from(record.addedNodes)) c.read.delete(n);
      return false;
    }
    if (record.removedNodes.length === 0) return true;
    const entry = c ?? this.track(target);
    const now = this.now();
    entry.times = entry.times.filter((t) => now - t < WINDOW_MS);
    entry.times.push(now);
    if (entry.times.length <= REWRITES_READ) return true;
    entry.muted = true;
    entry.read = new Set(Array.from(target.childNodes));
    for (const n of Array.from(record.addedNodes)) entry.read.delete(n);
    this.muted.add(entry);
    this.mutedNow.add(entry);
    this.passedOver++;
    return false;
  }

  /** The batch of records is read: containers passed over in it leave the watch, and their checks start. */
  endBatch(): void {
    for (const c of this.mutedNow) {
      c.seen = Array.from(c.container.childNodes);
      c.changed = false;
      this.hooks.passOver(c.container);
      this.checkLater(c);
    }
    this.mutedNow.clear();
  }

  private track(target: Node): Churn {
    const entry: Churn = { container: target, times: [], muted: false, read: new Set(), seen: [], changed: false, timer: null };
    this.churn.set(target, entry);
    return entry;
  }

  private checkLater(c: Churn): void {
    c.timer = setTimeout(() => {
      c.timer = null;
      this.checks++;
      const now = Array.from(c.container.childNodes);
      if (c.container.isConnected && (c.changed || !sameNodes(now, c.seen))) {
        this.passedOver++;
        c.seen = now;
        c.changed = false;
        return this.checkLater(c);
      }
      c.muted = false;
      c.times = [];
      this.muted.delete(c);
      this.hooks.watchAgain(c.container);
      const unread = c.container.isConnected ? now.filter((n) => !c.read.has(n)) : [];
      c.read = new Set();
      c.seen = [];
      if (unread.length) this.hooks.settled(unread);
    }, SETTLE_MS);
  }

  dispose(): void {
    for (const c of this.muted) {
      if (c.timer) clearTimeout(c.timer);
      c.read.clear();
      c.seen = [];
    }
    this.muted.clear();
    this.mutedNow.clear();
  }
}

function sameNodes(a: Node[], b: Node[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
