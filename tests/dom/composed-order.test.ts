/** Reading order across open shadow roots: a root's content at its host's place, before the host's light children. */
import { expect, it } from 'vitest';
import { followsInReadingOrder } from '../../page/composed-order.ts';
import { projectText } from '../../page/project-text.ts';

it('orders nodes across shadow roots as the text reader reads them', () => {
  document.body.innerHTML = '<article><p id="p1">One.</p><story-box id="box"><p id="light">Light child.</p></story-box><p id="p2">Four.</p></article>';
  const box = document.getElementById('box')!;
  const shadow = box.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p id="q1">Two.</p><inner-box id="inner"></inner-box>';
  const inner = shadow.getElementById('inner')!;
  inner.attachShadow({ mode: 'open' }).innerHTML = '<p id="r1">Three.</p>';
  const [p1, light, p2] = ['p1', 'light', 'p2'].map((id) => document.getElementById(id)!);
  const q1 = shadow.getElementById('q1')!;
  const r1 = inner.shadowRoot!.getElementById('r1')!;
  // The reader's own order, for reference: the box's root, then its light child.
  expect(projectText(document.querySelector('article')!).text.split('\n').filter(Boolean)).toEqual(['One.', 'Two.', 'Three.', 'Light child.', 'Four.']);
  const order = [p1, box, q1, inner, r1, light, p2];
  for (let i = 0; i < order.length; i++) {
    for (let j = 0; j < order.length; j++) {
      if (i !== j) expect([i, j, followsInReadingOrder(order[i]!, order[j]!)]).toEqual([i, j, j > i]);
    }
  }
});
