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
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}

export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'complementary') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  const id = el.id;
  return (cls !== '' && FURNITURE_PATTERN.test(cls)) || (id !== '' && FURNITURE_PATTERN.test(id));
}
