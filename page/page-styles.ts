/**
 * Styles for the marks and notes Recount puts in the page. They go in one <style> element
 * that is removed again when Recount is turned off. On a dark background (see page-background.ts)
 * the marks and notes take colours that keep their contrast there.
 */
import { MARK_TAG as M, NOTE_TAG as N } from './tag-names.ts';

const PAGE_CSS = `
${M} { all: unset; display: inline; cursor: pointer; border-radius: 2px; }
${M}.recount-matched { background: rgba(255, 196, 0, .38); box-shadow: 0 2px 0 #b7791f; color: inherit; }
/* The dotted line takes the text's own colour, so it shows on light and dark pages alike. */
${M}.recount-figure { background: transparent; border-bottom: 1px dotted currentColor; }
${M}:focus-visible, ${M}:focus { outline: 2px solid #3559b7; outline-offset: 1px; }
${N} { all: unset; display: inline; margin: 0 .25em; padding: .05em .4em; border-radius: 4px; font-size: .85em; line-height: 1.5;
  background: #eef2ff; color: #1e2a5a; border: 1px solid #9aa9d8; box-decoration-break: clone; -webkit-box-decoration-break: clone; overflow-wrap: anywhere; }
${N}::before { content: attr(data-label) " · "; font-weight: 700; }
`;

/** On a dark page a pale yellow wash turns muddy: a thin bright wash and a bright underline keep the light text readable. */
const DARK_PAGE_CSS = `
${M}.recount-matched { background: rgba(250, 204, 21, .2); box-shadow: 0 2px 0 #facc15; }
${M}:focus-visible, ${M}:focus { outline-color: #9db8ff; }
${N} { background: #1c2540; color: #e3e8ff; border-color: #5b6fb0; }
`;

/** The page styles for an article on a light or a dark background. */
export function pageCss(dark: boolean): string {
  return dark ? PAGE_CSS + DARK_PAGE_CSS : PAGE_CSS;
}
