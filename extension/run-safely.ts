/**
 * Fire-and-forget work, in one place: a failure is reported (to the console, or to the reader
 * through `onError`) and never escapes as an unhandled rejection into the page or the popup.
 */
export function runSafely(work: () => unknown, label: string, onError?: (error: unknown) => void): void {
  try {
    Promise.resolve(work()).catch((e: unknown) => report(e, label, onError));
  } catch (e) {
    report(e, label, onError);
  }
}

function report(error: unknown, label: string, onError?: (error: unknown) => void): void {
  if (error instanceof Disposed) return;
  console.debug(`Recount: ${label}`, error);
  onError?.(error);
}

/** Thrown by a step that finds its tab controller torn down: the work stops there, silently. */
export class Disposed extends Error {
  constructor() {
    super('disposed');
  }
}
