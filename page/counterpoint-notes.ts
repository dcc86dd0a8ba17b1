/**
 * Inline notes after the sentence of a matched figure. The note's label ("Recount") is drawn by
 * the page stylesheet from an attribute, and the note's text lives in the host's closed shadow root,
 * so no fact's words sit in the page's DOM for its scripts to read. Returns its own undo, which also
 * joins the text node it split, so the page's DOM is as it was.
 */
import { MARK_TAG, NOTE_TAG } from './tag-names.ts';

/** The block a note belongs to: one note per fact in each of these. */
export const NOTE_BLOCKS = 'p, li, blockquote, dd, td, th, figcaption, h1, h2, h3, h4, h5, h6';

/** A sentence ends at . ! ? or … (with any closing quotes or brackets) before a space or the end of the text. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s|$)/;

/** The text node and offset just after the end of the sentence `after` is in, or null when the block ends first. */
function sentenceEnd(doc: Document, after: Element): { node: Text; offset: number } | null {
  const block = after.closest(NOTE_BLOCKS) ?? after.parentElement;
  if (!block) return null;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = after;
  // Skip the mark's own text; then read on to the first sentence end outside marks and links.
  let node = walker.nextNode();
  while (node && after.contains(node)) node = walker.nextNode();
  for (; node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(`${MARK_TAG}, a`)) continue;
    const m = SENTENCE_END.exec((node as Text).data);
    if (m) return { node: node as Text, offset: m.index + m[0].length };
  }
  return null;
}

/** Text nodes split off for a note: joined back to the text before them once no note sits between. */
const splitOff = new WeakSet<Text>();

/** A text node, told by its type rather than `instanceof`: a frame's nodes come from another realm. */
const isText = (n: Node | null): n is Text => n?.nodeType === 3;

function joinBack(rest: ChildNode | null): void {
  if (!isText(rest) || !splitOff.has(rest) || !rest.isConnected) return;
  const before = rest.previousSibling;
  if (!isText(before)) return; // another note still sits there; its removal joins it
  before.appendData(rest.data);
  rest.remove();
  splitOff.delete(rest);
}

export function insertNotes(doc: Document, items: { after: Element; text: string; label: string }[]): () => void {
  const undo: (() => void)[] = [];
  for (const item of items) {
    if (!item.after.isConnected || !item.after.parentNode) continue;
    const note = doc.createElement(NOTE_TAG);
    note.setAttribute('role', 'note');
    note.setAttribute('aria-label', item.label);
    note.dataset.label = item.label;
    note.attachShadow({ mode: 'closed' }).textContent = item.text;
    const end = sentenceEnd(doc, item.after);
    let rest: Text | null = null;
    if (end) {
      const { node, offset } = end;
      if (offset < node.data.length) {
        rest = node.splitText(offset);
        splitOff.add(rest);
      }
      node.parentNode!.insertBefore(note, node.nextSibling);
    } else item.after.parentNode.insertBefore(note, item.after.nextSibling);
    undo.push(() => {
      const next = note.nextSibling;
      note.remove();
      // Notes may be removed in any order: join whichever split text no longer has a note before it.
      joinBack(next);
      joinBack(rest);
    });
  }
  return () => {
    for (const u of undo) u();
    undo.length = 0;
  };
}
