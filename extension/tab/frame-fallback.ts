/**
 * A page turned away because it is no article of its own may show one in a same-origin iframe:
 * once the page has loaded (its frames load after this script starts), the frame's document is
 * found (page/article-frames.ts) for a reader of its own. Pages without iframes cost one lookup.
 */
import { articleFrame } from '../../page/article-frames.ts';

export async function frameArticleOnceLoaded(doc: Document, signal: AbortSignal): Promise<Document | null> {
  if (doc.getElementsByTagName('iframe').length === 0) return null;
  const view = doc.defaultView;
  if (doc.readyState !== 'complete' && view) {
    await new Promise<void>((resolve) => {
      view.addEventListener('load', () => resolve(), { once: true, signal });
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  return signal.aborted ? null : articleFrame(doc);
}
