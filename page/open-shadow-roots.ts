/**
 * The open shadow roots under a node, nested ones included, in document order: where a page built
 * of web components keeps its text (an article in `<news-article>`'s shadow root). Closed roots
 * cannot be read and are not found. Only elements are visited, and at most `maxElements` of them.
 */
import { openShadowRoot } from './skip-rules.ts';

const MAX_ELEMENTS = 10_000;

export function openShadowRoots(root: Node, maxElements = MAX_ELEMENTS): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const found: ShadowRoot[] = [];
  let budget = maxElements;
  const visit = (scope: Node): void => {
    const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let e = walker.nextNode(); e && budget-- > 0; e = walker.nextNode()) {
      const shadow = openShadowRoot(e as Element);
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  if (root.nodeType === 1) {
    const own = openShadowRoot(root as Element);
    if (own) {
      found.push(own);
      visit(own);
    }
  }
  visit(root);
  return found;
}
