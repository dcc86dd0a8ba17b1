/**
 * A fixed amount of work per minute for content the page adds after it was read: a live ticker or
 * clock inside an article costs at most this much, however often it changes. Work is counted in
 * units (chunks of added text read), not timed; what goes over the budget is not read.
 */
const MINUTE_MS = 60_000;

export class WorkBudget {
  private windowStart = -Infinity;
  private used = 0;
  /** Units done and refused so far (for the popup's and the benchmark's report). */
  done = 0;
  refused = 0;

  constructor(private readonly perMinute: number, private readonly now: () => number = () => performance.now()) {}

  /** Takes one unit when the budget has one left in this minute. */
  take(): boolean {
    const now = this.now();
    if (now - this.windowStart >= MINUTE_MS) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.perMinute) {
      this.refused++;
      return false;
    }
    this.used++;
    this.done++;
    return true;
  }
}
