/**
 * Styles for the marks and notes Recount puts in the page. They go in one <style> element
 * that is removed again when Recount is turned off.
 */
import { MARK_TAG as M, NOTE_TAG as N } from './tag-names.ts';

export const PAGE_CSS = `
${M} { all: unset; display: inline; cursor: pointer; border-radius: 2px; }
${M}.recount-matched { background: rgba(255, 196, 0, .38); box-shadow: 0 2px 0 #b7791f; color: inherit; }
/* The dotted line takes the text's own colour, so it shows on light and dark pages alike. */
${M}.recount-figure { background: transparent; border-bottom: 1px dotted currentColor; }
${M}:focus-visible, ${M}:focus { outline: 2px solid #3559b7; outline-offset: 1px; }
${N} { all: unset; display: inline; margin: 0 .25em; padding: .05em .4em; border-radius: 4px; font-size: .85em; line-height: 1.5;
  background: #eef2ff; color: #1e2a5a; border: 1px solid #9aa9d8; box-decoration-break: clone; -webkit-box-decoration-break: clone; overflow-wrap: anywhere; }
${N}::before { content: attr(data-label) " · "; font-weight: 700; }
`;
