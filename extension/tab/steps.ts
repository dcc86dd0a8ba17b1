/**
 * How the tab's parts do main-thread work: one short synchronous step at a time, timed, with the
 * thread given back to the page in between. After every wait the tab is checked: once it is
 * disposed a step throws `Disposed`, so nothing runs after teardown.
 */
import { Disposed } from '../run-safely.ts';
import { TaskMeter, yieldToPage } from '../task-meter.ts';

export type Step = <T>(fn: () => T, name: string) => Promise<T>;

export interface Steps {
  readonly meter: TaskMeter;
  /** Runs `fn` timed, yields to the page, then re-checks that the tab is still alive. */
  step: Step;
  /** Runs `fn` timed, without yielding. */
  measure<T>(fn: () => T, name: string): T;
  /** Awaits `promise`, then re-checks that the tab is still alive. */
  guard<T>(promise: Promise<T>): Promise<T>;
}

export function createSteps(signal: AbortSignal, meter = new TaskMeter()): Steps {
  const alive = (): void => {
    if (signal.aborted) throw new Disposed();
  };
  return {
    meter,
    async step(fn, name) {
      alive();
      const result = meter.measure(fn, name);
      await yieldToPage();
      alive();
      return result;
    },
    measure: (fn, name) => meter.measure(fn, name),
    async guard(promise) {
      const result = await promise;
      alive();
      return result;
    },
  };
}
