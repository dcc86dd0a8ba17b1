/**
 * Projects an element's readable text to one string with a map back to the DOM: each text node
 * the reader sees gets a segment (node, offset in the string). Block boundaries become "\n" so
 * sentences never run across paragraphs. Skips what Recount must never touch and page furniture.
 */
import { isFurniture, isNeverTouched } from './skip-rules.ts';

export interface Segment {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
}

export interface Projection {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TD', 'TH', 'TR', 'TABLE',
  'FIGCAPTION', 'FIGURE', 'DD', 'DT', 'DL', 'HEADER', 'MAIN', 'BR', 'HR', 'CAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

export function projectText(root: Element): Projection {
  const walk = projectTextInSteps(root);
  for (;;) {
    const r = walk.next();
    if (r.done) return r.value;
  }
}

/**
 * The same projection, pausing every `nodesPerStep` nodes so a caller on the main thread can
 * give the page its turn. An explicit stack instead of recursion: no depth limit on deep pages.
 */
export function* projectTextInSteps(root: Element, nodesPerStep = 4000): Generator<void, Projection> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let endsWithBreak = true;
  const breakLine = (): void => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };
  // Each entry: the next child to visit, and whether its parent is a block (to close it after).
  const stack: { next: ChildNode | null; block: boolean }[] = [{ next: root.firstChild, block: false }];
  let visited = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) breakLine();
      continue;
    }
    top.next = child.nextSibling;
    if (++visited % nodesPerStep === 0) yield;
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (data.length === 0) continue;
      segments.push({ node: child as Text, start: length });
      parts.push(data);
      length += data.length;
      if (/\S/.test(data)) endsWithBreak = data.endsWith('\n');
    } else if (child.nodeType === 1) {
      const e = child as Element;
      const block = BLOCKS.has(e.tagName);
      if (isNeverTouched(e) || isFurniture(e)) {
        if (block || e.tagName === 'PRE' || e.tagName === 'TEXTAREA') breakLine();
        continue;
      }
      if (block) breakLine();
      stack.push({ next: e.firstChild, block });
    }
  }
  return { text: parts.join(''), segments };
}

/** The segment that holds `offset`, by binary search. */
export function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
