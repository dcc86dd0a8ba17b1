/** Whether a page is an article, told without reading it: a module of its own, so the content script does not pull in the extractor. */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Readability's own cheap check; its thresholds are tuned on real pages. Our visibility test
 * also passes over <article> elements that hold hundreds of paragraphs: those paragraphs are
 * scored one by one anyway, and reading such an article's whole text at once is the one slow
 * step on a huge page.
 */
export function isArticlePage(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc, { visibilityChecker: isVisibleAndNotAContainer });
  } catch {
    return false;
  }
}

function isVisibleAndNotAContainer(node: Node): boolean {
  const el = node as HTMLElement;
  if (el.style?.display === 'none' || el.hasAttribute?.('hidden')) return false;
  if (el.getAttribute?.('aria-hidden') === 'true' && !/fallback-image/.test(el.className ?? '')) return false;
  if (el.tagName === 'ARTICLE' && el.getElementsByTagName('p').length > 300) return false;
  return true;
}
