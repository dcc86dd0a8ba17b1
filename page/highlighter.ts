/**
 * Wraps claims in <recount-mark> elements and undoes it exactly. Each touched text node keeps
 * its identity: it is cut down to the text before the first mark and the rest is inserted after
 * it; undo removes what was inserted and gives the node back its original data.
 */
import { segmentAt, type Projection } from './project-text.ts';
import { MARK_TAG } from './tag-names.ts';
import { isInsideNeverTouched } from './skip-rules.ts';

export interface HighlightSpec {
  start: number;
  end: number;
  /** Index of the claim, stored on the mark for the click handler. */
  id: number;
  matched: boolean;
  label: string;
}

interface TouchedNode {
  node: Text;
  data: string;
  /** What the node was cut down to. */
  head: string;
  inserted: Node[];
  /** The text of each inserted node, to tell whether the page changed it since. */
  insertedText: string[];
}

export interface Highlights {
  /** Marks by claim id; a claim split across inline elements has several. */
  marks: Map<number, HTMLElement[]>;
  remove(): void;
}


export interface HighlightSet extends Highlights {
  /** Wraps more claims of the same or another projection; call it in small batches between yields. */
  add(projection: Projection, specs: HighlightSpec[]): void;
}

export function applyHighlights(doc: Document, projection: Projection, specs: HighlightSpec[]): Highlights {
  const set = createHighlightSet(doc);
  set.add(projection, specs);
  return set;
}

export function createHighlightSet(doc: Document): HighlightSet {
  const touched: TouchedNode[] = [];
  const marks = new Map<number, HTMLElement[]>();
  const cut = new Set<Text>();
  return {
    marks,
    add(projection: Projection, specs: HighlightSpec[]): void {
      wrap(doc, projection, specs, touched, cut, marks);
    },
    remove(): void {
      for (let i = touched.length - 1; i >= 0; i--) {
        const t = touched[i]!;
        if (isIntact(t)) {
          for (const n of t.inserted) n.parentNode?.removeChild(n);
          t.node.data = t.data;
        } else unwrapMarks(t.inserted);
      }
      touched.length = 0;
      cut.clear();
      marks.clear();
    },
  };
}

function wrap(doc: Document, projection: Projection, specs: HighlightSpec[], touched: TouchedNode[], cut: Set<Text>, marks: Map<number, HTMLElement[]>): void {
  const { segments } = projection;
  // Group pieces by text node, in document order.
  const pieces = new Map<Text, { from: number; to: number; spec: HighlightSpec }[]>();
  for (const spec of specs) {
    if (segments.length === 0) break;
    for (let i = segmentAt(segments, spec.start); i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.start >= spec.end) break;
      const from = Math.max(spec.start, seg.start) - seg.start;
      const to = Math.min(spec.end, seg.start + seg.node.data.length) - seg.start;
      if (to <= from || !/\S/.test(seg.node.data.slice(from, to))) continue;
      const list = pieces.get(seg.node) ?? [];
      list.push({ from, to, spec });
      pieces.set(seg.node, list);
    }
  }
  for (const [node, list] of pieces) {
    // A node already cut by an earlier batch is left alone: its offsets no longer hold. Callers
    // batch so that claims in one text node arrive together (see batchBySegment).
    if (!node.isConnected || !node.parentNode || cut.has(node)) continue;
    // Read before the region became editable (or a page made it so since): never change it now.
    if (isInsideNeverTouched(node)) continue;
    cut.add(node);
    list.sort((a, b) => a.from - b.from);
    const data = node.data;
    const record: TouchedNode = { node, data, head: data.slice(0, list[0]!.from), inserted: [], insertedText: [] };
    let cursor = list[0]!.from;
    const fragment = doc.createDocumentFragment();
    for (const piece of list) {
      if (piece.from < cursor) continue; // overlapping claims: the first one wins
      if (piece.from > cursor) fragment.appendChild(doc.createTextNode(data.slice(cursor, piece.from)));
      const mark = doc.createElement(MARK_TAG);
      mark.textContent = data.slice(piece.from, piece.to);
      mark.dataset.recountClaim = String(piece.spec.id);
      mark.className = piece.spec.matched ? 'recount-matched' : 'recount-figure';
      const existing = marks.get(piece.spec.id);
      if (!existing) {
        // One stop per claim in the tab order, with a name that says what Enter does.
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-label', piece.spec.label);
        marks.set(piece.spec.id, [mark]);
      } else existing.push(mark);
      fragment.appendChild(mark);
      cursor = piece.to;
    }
    if (cursor < data.length) fragment.appendChild(doc.createTextNode(data.slice(cursor)));
    record.inserted = Array.from(fragment.childNodes);
    record.insertedText = record.inserted.map((n) => n.textContent ?? '');
    node.data = record.head;
    node.parentNode.insertBefore(fragment, node.nextSibling);
    touched.push(record);
  }
}

/**
 * Whether a touched node and what was inserted after it are as Recount left them, so that giving
 * the node its original text back loses nothing. Someone typing after a figure, or a script that
 * moved the text, makes it not so.
 */
function isIntact(t: TouchedNode): boolean {
  if (t.node.data !== t.head || !t.node.parentNode) return false;
  let prev: Node = t.node;
  for (let i = 0; i < t.inserted.length; i++) {
    const n = t.inserted[i]!;
    if (prev.nextSibling !== n || n.textContent !== t.insertedText[i]) return false;
    prev = n;
  }
  return true;
}

/** Takes marks out and leaves their text where it is now: nothing the page or a writer added is lost. */
export function unwrapMarks(nodes: Iterable<Node>): void {
  for (const n of nodes) {
    if (n.nodeType !== 1 || (n as Element).tagName.toLowerCase() !== MARK_TAG || !n.parentNode) continue;
    const mark = n as Element;
    while (mark.firstChild) mark.parentNode!.insertBefore(mark.firstChild, mark);
    mark.remove();
  }
}

/**
 * Splits specs (sorted by start) into batches of about `size`, never between two claims that
 * share a text node, so each batch can be wrapped on its own.
 */
export function batchBySegment(projection: Projection, specs: HighlightSpec[], size: number): HighlightSpec[][] {
  const batches: HighlightSpec[][] = [];
  let current: HighlightSpec[] = [];
  let lastSegment = -1;
  for (const spec of specs) {
    const first = segmentAt(projection.segments, spec.start);
    if (current.length >= size && first !== lastSegment) {
      batches.push(current);
      current = [];
    }
    current.push(spec);
    lastSegment = segmentAt(projection.segments, Math.max(spec.start, spec.end - 1));
  }
  if (current.length) batches.push(current);
  return batches;
}
