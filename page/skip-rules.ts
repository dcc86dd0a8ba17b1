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
export const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU', 'FIGCAPTION', 'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD']);

/**
 * Class and id words of furniture, including what sits inside an article's container without
 * being its text: bylines and datelines, captions and photo credits, "Baca juga" / "Read more"
 * inserts, pagination, pull quotes (which repeat a figure of the text), ad slots.
 */
export const FURNITURE_PATTERN =
  /(^|[-_\s])(comment|comments|disqus|sidebar|side-bar|related|relacionadas|recommend|share|sharing|social|promo|advert|advertisement|ads|ad|adslot|ad-slot|sponsor|sponsored|newsletter|subscribe|breadcrumbs?|nav|navbar|menu|footer|widget|ticker|popular|trending|terpopuler|terkait|cookie|banner|masthead|toolbar|byline|author|dateline|timestamp|caption|credit|meta|readmore|read-more|bacajuga|baca-juga|lihatjuga|veja|lire|encadre|pager|pagination|paging|pull|pullquote|pull-quote|pq|mostread|most-read)([-_\s]|$)/i;

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
  for (let e: Element | null = node.nodeType === 1 ? (node as Element) : parentAcrossShadow(node); e; e = parentAcrossShadow(e)) {
    if (NEVER_TOUCH_TAGS.has(e.tagName.toUpperCase()) || e.hasAttribute('contenteditable')) return true;
  }
  return false;
}

/** The parent element, or the host of the shadow root a node sits at the top of. */
export function parentAcrossShadow(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

/** The open shadow root an element hosts, if any (a closed one reads as none). */
export function openShadowRoot(el: Element): ShadowRoot | null {
  const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return root && root.mode === 'open' ? root : null;
}

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  const id = el.id;
  return (cls !== '' && FURNITURE_PATTERN.test(cls)) || (id !== '' && FURNITURE_PATTERN.test(id));
}

/** Blocks that end a run of text: a <div> holding none of them holds its text directly. */
const BLOCK_INSIDE = new Set(['DIV', 'P', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FORM', 'BR', 'PRE']);

/** A <div> that holds text itself, with no block inside: a paragraph in templates that never use <p>. */
export function holdsTextOnly(div: Element): boolean {
  for (let c = div.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_INSIDE.has(c.tagName)) return false;
  return div.firstChild !== null;
}
