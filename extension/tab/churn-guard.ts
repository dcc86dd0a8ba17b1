/**
 * Containers the page keeps rewriting (a live ticker, a clock, a rotating quote): once one has had
 * a few rewrites in a short window, what the page puts into it is passed over until it has been
 * quiet for a while; then its latest content is read once. A ticker then costs the observer's
 * callback per rewrite and one timer per quiet check, whatever its pace. A rewrite is a change that
 * takes nodes out of a container; content only appended (a live blog's new entries) is not churn.
 */

/** Rewrites of one container read within WINDOW_MS before it is passed over. */
export const REWRITES_READ = 3;
const WINDOW_MS = 10_000;
/** A passed-over container is read again once it has had no change for this long. */
const SETTLE_MS = 5_000;

interface Churn {
  /** When its recent rewrites happened (at most REWRITES_READ + 1 kept). */
  times: number[];
  muted: boolean;
  /** What the page put into it while it was passed over and is still there. */
  latest: Set<Node>;
  changedSinceCheck: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

export class ChurnGuard {
  /** Per container; weak, so a container the page drops is forgotten with it. */
  private readonly churn = new WeakMap<Node, Churn>();
  private readonly muted = new Set<Churn>();
  /** Additions passed over because their container kept changing (for the page's perf). */
  passedOver = 0;

  constructor(private readonly onSettled: (nodes: Node[]) => void, private readonly now: () => number = () => performance.now()) {}

  /** Whether the nodes a mutation record added are to be read now. */
  admit(record: MutationRecord): boolean {
    const target = record.target;
    const c = this.churn.get(target);
    if (c?.muted) {
      this.follow(c, record);
      this.passedOver++;
      return false;
    }
    if (record.removedNodes.length === 0) return true;
    const entry = c ?? this.track(target);
    const now = this.now();
    entry.times = entry.times.filter((t) => now - t < WINDOW_MS);
    entry.times.push(now);
    if (entry.times.length <= REWRITES_READ) return true;
    entry.muted = true;
    this.muted.add(entry);
    this.follow(entry, record);
    this.passedOver++;
    this.checkLater(entry);
    return false;
  }

  private track(target: Node): Churn {
    const entry: Churn = { times: [], muted: false, latest: new Set(), changedSinceCheck: false, timer: null };
    this.churn.set(target, entry);
    return entry;
  }

  /** Keeps `latest` to what the container holds now of what was put in while it was passed over. */
  private follow(c: Churn, record: MutationRecord): void {
    for (const n of Array.from(record.removedNodes)) c.latest.delete(n);
    for (const n of Array.from(record.addedNodes)) c.latest.add(n);
    c.changedSinceCheck = true;
  }

  private checkLater(c: Churn): void {
    c.changedSinceCheck = false;
    c.timer = setTimeout(() => {
      c.timer = null;
      if (c.changedSinceCheck) return this.checkLater(c);
      c.muted = false;
      c.times = [];
      this.muted.delete(c);
      const nodes = Array.from(c.latest).filter((n) => n.isConnected);
      c.latest.clear();
      if (nodes.length) this.onSettled(nodes);
    }, SETTLE_MS);
  }

  dispose(): void {
    for (const c of this.muted) {
      if (c.timer) clearTimeout(c.timer);
      c.latest.clear();
    }
    this.muted.clear();
  }
}
