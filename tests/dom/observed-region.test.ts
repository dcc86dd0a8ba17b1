/**
 * The added-content watcher's region: the article and its open shadow roots, less the containers a
 * page keeps rewriting. What happens in a hole makes no mutation record at all; what happens
 * anywhere else still does, also in children added beside a hole later and inside shadow roots.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ObservedRegion } from '../../extension/tab/observed-region.ts';

let records: MutationRecord[];
let observer: MutationObserver;
let region: ObservedRegion;

beforeEach(() => {
  document.body.innerHTML = `<article id="a">
    <section id="s"><p id="before">Before.</p><div id="ticker"><span>1</span></div><p id="after">After.</p></section>
    <p id="lede">Lede.</p>
    <story-box id="box"></story-box>
  </article>`;
  document.getElementById('box')!.attachShadow({ mode: 'open' }).innerHTML = '<div id="in-root"><p>Inside.</p></div>';
  records = [];
  observer = new MutationObserver((r) => records.push(...r));
  region = new ObservedRegion(observer);
  region.addRoot(document.getElementById('a')!);
  region.addRoot(document.getElementById('box')!.shadowRoot!);
});

/** The ids of the targets of what was recorded since the last call. */
const targets = (): string[] => {
  const ids = [...records, ...observer.takeRecords()].map((r) => (r.target as Element).id || r.target.nodeName);
  records = [];
  return ids;
};
const add = (parent: Node, id: string): HTMLElement => {
  const el = document.createElement('p');
  el.id = id;
  parent.appendChild(el);
  return el;
};
const $ = (id: string): HTMLElement => document.getElementById(id)!;

describe('ObservedRegion', () => {
  it('records nothing from a hole, and everything around it', () => {
    region.exclude($('ticker'));
    expect(region.dirty).toBe(true);
    region.register();
    $('ticker').innerHTML = '<span>2</span>';
    expect(targets()).toEqual([]);
    add($('before'), 'x1');
    add($('s'), 'x2');
    add($('lede'), 'x3');
    add($('a'), 'x4');
    add(document.getElementById('box')!.shadowRoot!.getElementById('in-root')!, 'x5');
    expect(targets()).toEqual(['before', 's', 'lede', 'a', 'in-root']);
    expect(region.isPath($('s'))).toBe(true);
    expect(region.isPath($('a'))).toBe(true);
    expect(region.isPath($('before'))).toBe(false);
  });

  it('observes a child added beside a hole once told, and the hole again once it is included', () => {
    region.exclude($('ticker'));
    region.register();
    const late = add($('s'), 'late');
    const [record] = observer.takeRecords();
    region.observeAdded(record!.addedNodes);
    add(late, 'in-late');
    expect(targets()).toEqual(['late']);
    region.include($('ticker'));
    region.register();
    $('ticker').innerHTML = '<span>3</span>';
    expect(targets()).toEqual(['ticker']);
  });

  it('cannot leave out a root, and forgets a hole that left the page', () => {
    region.exclude($('a'));
    expect(region.dirty).toBe(false);
    region.exclude($('ticker'));
    $('ticker').remove();
    records = [];
    observer.takeRecords();
    region.register();
    add($('before'), 'y1');
    expect(targets()).toEqual(['before']);
    expect(region.isPath($('s'))).toBe(false);
  });
});
