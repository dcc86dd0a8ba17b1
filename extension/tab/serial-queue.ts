/**
 * The tab's work, one piece at a time: gates, reading, settings, rematching and the popup's reads
 * never run beside each other. Failures are logged, never thrown into the page; nothing queued
 * runs once the tab is disposed. `settled` counts how often the queue ran dry.
 */
import { Disposed } from '../run-safely.ts';
import type { Settled } from '../../types/page-state.ts';

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private settledCount = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly signal: AbortSignal) {}

  /** Runs `work` after everything queued before it; resolves when it is over, failed or not. */
  run(label: string, work: () => Promise<void>): Promise<void> {
    this.post(label, work);
    return this.tail;
  }

  /** Queues `work` without waiting for it (fire and forget, failures logged). */
  post(label: string, work: () => Promise<void>): void {
    this.pending++;
    this.tail = this.tail
      .then(() => (this.signal.aborted ? undefined : work()))
      .catch((e: unknown) => {
        if (!(e instanceof Disposed)) console.debug(`Recount: ${label}`, e);
      })
      .finally(() => {
        if (--this.pending > 0) return;
        this.settledCount++;
        for (const wake of this.waiters.splice(0)) wake();
      });
  }

  get settled(): Settled {
    return { count: this.settledCount, idle: this.pending === 0 };
  }

  /** Resolves once nothing is queued or running. */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
