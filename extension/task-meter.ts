/**
 * Measures the work Recount does on the page's main thread: each synchronous step is timed, so
 * the total and the longest step (the task the page waits on) can be reported to the benchmark.
 */
export class TaskMeter {
  totalMs = 0;
  maxMs = 0;
  steps = 0;
  /** Milliseconds by step name, to show where the time goes. */
  readonly byName: Record<string, number> = {};
  /** The longest single step by name. */
  readonly maxByName: Record<string, number> = {};

  measure<T>(fn: () => T, name = 'other'): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - start;
      this.totalMs += ms;
      this.steps++;
      this.byName[name] = (this.byName[name] ?? 0) + ms;
      if (ms > (this.maxByName[name] ?? 0)) this.maxByName[name] = ms;
      if (ms > this.maxMs) this.maxMs = ms;
    }
  }
}

/** Gives the main thread back to the page between steps, so no task runs long. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
