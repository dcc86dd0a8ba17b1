/**
 * The settings a tab follows, and a way to wait until it follows a given change: the popup saves a
 * change and asks for the tab's state after it, and the tab answers once that change, or a later
 * one, has reached it (storage tells each tab in its own time). Changes are told apart by their
 * revision, so a later change landing first does not leave the wait hanging.
 */
import type { Settings } from '../../types/settings.ts';

export class FollowedSettings {
  private waiters: { revision: number; wake: () => void }[] = [];

  constructor(public current: Settings, private readonly host: string) {}

  /** The revision of the settings followed now (0: settings never saved with one). */
  get revision(): number {
    return this.current.revision ?? 0;
  }

  /** Whether the reader turned Recount off on this page's site. */
  get siteDisabled(): boolean {
    return this.current.disabledSites.includes(this.host);
  }

  now(settings: Settings): void {
    this.current = settings;
    const waiting = this.waiters;
    this.waiters = waiting.filter((w) => w.revision > this.revision);
    for (const w of waiting) if (w.revision <= this.revision) w.wake();
  }

  /** Resolves once the tab follows the settings of `revision` or later ones (or is disposed). */
  reached(revision: number): Promise<void> {
    if (revision <= this.revision) return Promise.resolve();
    return new Promise((wake) => this.waiters.push({ revision, wake }));
  }

  dispose(): void {
    for (const w of this.waiters.splice(0)) w.wake();
  }
}
