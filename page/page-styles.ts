/**
 * Styles for the marks and notes Recount puts in the page. They go in one <style> element
 * that is removed again when Recount is turned off.
 */
import { MARK_TAG as M, NOTE_TAG as N } from './tag-names.ts';

export const PAGE_CSS = `
${M} { all: unset; display: inline; cursor: pointer; border-radius: 2px; }
${M}.recount-matched { background: rgba(255, 196, 0, .38); box-shadow: 0 2px 0 #b7791f; color: inherit; }
${M}.recount-figure { background: transparent; border-bottom: 1px dotted rgba(80, 80, 80, .7); }
${M}:focus-visible, ${M}:focus { outline: 2px solid #3559b7; outline-offset: 1px; }
${N} { all: unset; display: inline; margin: 0 .25em; padding: 0 .4em; border-radius: 4px; font-size: .85em;
  background: #eef2ff; color: #1e2a5a; border-left: 3px solid #3559b7; }
`;
