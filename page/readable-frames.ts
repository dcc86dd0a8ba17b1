/**
 * The same-origin frames the top frame can read itself (page/article-frames.ts picks the article
 * among them). Kept apart from the article check so the content script's first stage can ask it
 * without loading Readability.
 */
import { isFurniture } from './skip-rules.ts';

/** Same-origin frames whose documents are loaded and reachable, outside page furniture, in page order. */
export function readableFrames(doc: Document): Document[] {
  const frames: Document[] = [];
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    if (inFurniture(frame)) continue;
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null for another origin or a sandbox without same-origin
    } catch {
      inner = null;
    }
    if (inner?.body && inner.readyState === 'complete') frames.push(inner);
  }
  return frames;
}

/** Whether `doc` has iframes, once it has loaded (false when it has none or `signal` ends first). */
export async function framesOnceLoaded(doc: Document, signal: AbortSignal): Promise<boolean> {
  if (doc.getElementsByTagName('iframe').length === 0) return false;
  const view = doc.defaultView;
  if (doc.readyState !== 'complete' && view) {
    await new Promise<void>((resolve) => {
      view.addEventListener('load', () => resolve(), { once: true, signal });
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  return !signal.aborted;
}

function inFurniture(frame: Element): boolean {
  for (let e: Element | null = frame; e && e.tagName !== 'BODY'; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}
