/**
 * Markup in a reader's imported registry becomes plain text through DOMPurify: with an empty
 * allowlist it keeps the text of harmless elements, drops scripts and styles whole, and, read back
 * as a fragment's text rather than serialised, escapes nothing ("AT&T" and "<5%" stay as written).
 * The options page hands in its own window; the CLI a jsdom window.
 */
import DOMPurify from 'dompurify';
import type { StripTags } from '../core/registry/read-registry-file.ts';

export function domPurifyStripper(window: Window): StripTags {
  const purify = DOMPurify(window as unknown as Parameters<typeof DOMPurify>[0]);
  return (value) => purify.sanitize(value, { ALLOWED_TAGS: [], ALLOWED_ATTR: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true }).textContent ?? '';
}
