/** Inline counterpoint notes beside matched figures. Returns its own undo. */
import { NOTE_TAG } from './tag-names.ts';

export function insertNotes(doc: Document, items: { after: Element; text: string; label: string }[]): () => void {
  const inserted: Element[] = [];
  for (const item of items) {
    if (!item.after.isConnected || !item.after.parentNode) continue;
    const note = doc.createElement(NOTE_TAG);
    note.setAttribute('role', 'note');
    note.setAttribute('aria-label', item.label);
    note.textContent = item.text;
    item.after.parentNode.insertBefore(note, item.after.nextSibling);
    inserted.push(note);
  }
  return () => {
    for (const n of inserted) n.remove();
    inserted.length = 0;
  };
}
