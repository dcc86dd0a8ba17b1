/**
 * A page turned away because it is no article of its own may show one in a same-origin iframe:
 * once the page has loaded (its frames load after this script starts), the frame's document is
 * found (page/article-frames.ts) for a reader of its own. Pages without iframes cost one lookup.
 */
import { articleFrame } from '../../page/article-frames.ts';
import { framesOnceLoaded } from '../../page/readable-frames.ts';

export async function frameArticleOnceLoaded(doc: Document, signal: AbortSignal): Promise<Document | null> {
  return (await framesOnceLoaded(doc, signal)) ? articleFrame(doc) : null;
}
