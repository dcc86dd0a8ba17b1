/**
 * The settings a tab follows, and a way to wait until it follows given ones: the popup saves a
 * change and asks for the tab's state after it, and the tab answers once the change has reached it
 * (storage tells each tab in its own time).
 */
import type { Settings } from '../../types/settings.ts';

export class FollowedSettings {
  private waiters: { wanted: Settings; wake: () => void }[] = [];

  constructor(public current: Settings) {}

  now(settings: Settings): void {
    this.current = settings;
    const waiting = this.waiters;
    this.waiters = waiting.filter((w) => !sameSettings(w.wanted, settings));
    for (const w of waiting) if (sameSettings(w.wanted, settings)) w.wake();
  }

  /** Resolves once the tab follows `wanted` (or is disposed). */
  reached(wanted: Settings): Promise<void> {
    if (sameSettings(wanted, this.current)) return Promise.resolve();
    return new Promise((wake) => this.waiters.push({ wanted, wake }));
  }

  dispose(): void {
    for (const w of this.waiters.splice(0)) w.wake();
  }
}

const sameSettings = (a: Settings, b: Settings): boolean =>
  a.highlights === b.highlights && a.overlays === b.overlays && a.disabledSites.join('\n') === b.disabledSites.join('\n');
