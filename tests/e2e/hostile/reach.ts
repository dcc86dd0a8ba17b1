/**
 * Reach tests' shared steps: a page opened with highlights off (so its markup can be kept as the
 * page made it), then highlights on and off again through the settings, as the popup does.
 */
import type { Frame, Page } from 'playwright-core';
import { applySettings, setSettings, type Session } from '../harness.ts';

/** The markup of a document and of the open shadow roots in it, to compare after an undo. */
export function markupOf(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    return parts.join('\n');
  });
}

export async function highlightsOff(session: Session): Promise<void> {
  await setSettings(session, { highlights: false, overlays: false, disabledSites: [] });
}

/** Turns highlights on or off and waits until the tab showing `page` has applied it. */
export async function switchHighlights(session: Session, page: Page, on: boolean): Promise<void> {
  await applySettings(session, page, { highlights: on });
}
