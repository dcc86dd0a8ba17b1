// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { insertNotes } from '../../page/counterpoint-notes.ts';
import { recordShadowRoots } from './closed-shadow-roots.ts';

const closedRootOf = recordShadowRoots();

const HTML = '<p>Up to <b id="a">70%</b> of skills change, and <b id="b">60%</b>. Then more text. And <a href="#">a link. here</a> ends</p>';

function setup(): { p: HTMLElement; a: Element; b: Element } {
  document.body.innerHTML = HTML;
  return { p: document.querySelector('p')!, a: document.getElementById('a')!, b: document.getElementById('b')! };
}

describe('notes after the sentence', () => {
  it('go after the end of the figure\'s sentence, labelled, with their text in a closed shadow root', () => {
    const { p, a } = setup();
    insertNotes(document, [{ after: a, text: 'the note', label: 'Recount' }]);
    const note = p.querySelector('recount-note')!;
    expect(note.previousSibling!.textContent!.endsWith('.')).toBe(true);
    expect(note.nextSibling!.textContent).toBe(' Then more text. And ');
    expect(note.getAttribute('data-label')).toBe('Recount');
    expect(note.textContent).toBe(''); // nothing of the note in the page's own DOM
    expect(closedRootOf(note)?.textContent).toBe('the note');
  });

  for (const order of ['first-in first-out', 'last-in first-out']) {
    it(`restore the paragraph exactly when two notes share a sentence end, removed ${order}`, () => {
      const { p, a, b } = setup();
      const nodes = Array.from(p.childNodes);
      const undoA = insertNotes(document, [{ after: a, text: 'A', label: 'Recount' }]);
      const undoB = insertNotes(document, [{ after: b, text: 'B', label: 'Recount' }]);
      expect(p.querySelectorAll('recount-note')).toHaveLength(2);
      if (order === 'first-in first-out') {
        undoA();
        undoB();
      } else {
        undoB();
        undoA();
      }
      expect(p.outerHTML).toBe(HTML);
      expect(Array.from(p.childNodes)).toEqual(nodes); // the same nodes, not copies
    });
  }

  it('never splits a link: without a sentence end outside one, the note follows the figure', () => {
    document.body.innerHTML = '<p>It was <b id="c">40%</b> <a href="#">says. the link</a></p>';
    const undo = insertNotes(document, [{ after: document.getElementById('c')!, text: 'C', label: 'Recount' }]);
    expect(document.querySelector('recount-note')!.previousElementSibling!.id).toBe('c');
    undo();
    expect(document.body.innerHTML).toBe('<p>It was <b id="c">40%</b> <a href="#">says. the link</a></p>');
  });
});
