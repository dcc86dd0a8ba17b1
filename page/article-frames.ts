/**
 * Articles shown in a same-origin iframe (a CMS preview, an embedded reader view, an app shell
 * around its story): when the page itself has no article, the top frame reads the frame's document
 * itself, through `contentDocument`. Nothing is loaded, and a frame the page cannot reach (another
 * origin, a sandbox) or that sits in furniture (ad slots, sidebars) is left alone. Only frames of
 * the page itself are read, not frames inside them. Shared by the content script and the CLI.
 */
import { isArticlePage } from './is-article-page.ts';
import { readableFrames } from './readable-frames.ts';

/** The first readable frame that holds an article, when the page itself is none; otherwise null. */
export function articleFrame(doc: Document): Document | null {
  const frames = readableFrames(doc);
  if (frames.length === 0 || isArticlePage(doc)) return null;
  return frames.find((f) => isArticlePage(f)) ?? null;
}

/** The document of the page a document is shown in: a frame's document gives the top page's that Recount can reach. */
function pageDocument(doc: Document): Document {
  let top = doc;
  for (let frame = doc.defaultView?.frameElement; frame; frame = top.defaultView?.frameElement) top = frame.ownerDocument;
  return top;
}

/** The address's host of the page a document is shown in. */
export function pageHost(doc: Document): string {
  return pageDocument(doc).location?.hostname ?? '';
}

/** The address of the page a document is shown in, as its reader knows it: a srcdoc frame's own is about:srcdoc. */
export function pageAddress(doc: Document): string {
  return pageDocument(doc).location?.href ?? '';
}
