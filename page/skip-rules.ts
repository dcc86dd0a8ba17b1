/**
 * What Recount never reads or changes: form fields, editable regions, code, scripts, hidden
 * content, and page furniture (navigation, sidebars, comments, related links, ads).
 */
export const NEVER_TOUCH_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
  'VAR', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', 'META', 'LINK',
  'RECOUNT-MARK', 'RECOUNT-NOTE', 'RECOUNT-UI',
]);

/** Furniture: never part of the article body. */
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

export const FURNITURE_PATTERN =
  /(^|[-_\s])(comment|comments|disqus|sidebar|side-bar|related|recommend|share|sharing|social|promo|advert|ads|ad|sponsor|sponsored|newsletter|subscribe|breadcrumbs?|nav|navbar|menu|footer|widget|ticker|popular|trending|terpopuler|terkait|cookie|banner|masthead|toolbar)([-_\s]|$)/i;

/** True when the element and everything inside it must be left alone. */
export function isNeverTouched(el: Element): boolean {
  if (NEVER_TOUCH_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Any contenteditable, whatever its value: "false" islands inside an editor belong to it too.
  if (el.hasAttribute('contenteditable')) return true;
  return false;
}

/**
 * True when a node is inside a form field, an editable region (or is one), code or script, or its
 * document is in design mode: the test for a root Recount is handed (an article, content added
 * later) and for a text node about to be marked (a region may have become editable since it was
 * read). Hidden ancestors are left out on purpose: pages hide their main content behind a dialog.
 */
export function isInsideNeverTouched(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let e: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; e; e = e.parentElement) {
    if (NEVER_TOUCH_TAGS.has(e.tagName.toUpperCase()) || e.hasAttribute('contenteditable')) return true;
  }
  return false;
}

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  const id = el.id;
  return (cls !== '' && FURNITURE_PATTERN.test(cls)) || (id !== '' && FURNITURE_PATTERN.test(id));
}
