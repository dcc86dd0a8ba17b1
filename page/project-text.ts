/**
 * Projects an element's readable text to one string with a map back to the DOM: each text node
 * the reader sees gets a segment (node, offset in the string). Block boundaries become "\n" so
 * sentences never run across paragraphs. Skips what Recount must never touch and page furniture.
 * Reads into open shadow roots (web components that render an article's text).
 */
import { isChromeBlock } from './page-chrome.ts';
import { isFurniture, isInsideNeverTouched, isNeverTouched, openShadowRoot } from './skip-rules.ts';
import { isSummaryBox } from './summary-box.ts';

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
  const reader = new TextReader(root);
  let chunk: Projection | null = null;
  while (!reader.done) chunk = reader.read(Infinity) ?? chunk;
  return chunk ?? { text: '', segments: [] };
}

/**
 * The same projection read a little at a time, so a caller on the main thread can give the page
 * its turn, and cut into chunks at block boundaries, so a long page can be read as far as its
 * reader has scrolled and no further. Each chunk is a projection of its own (offsets from 0).
 * An explicit stack instead of recursion: no depth limit on deep pages. The stack holds the last
 * child visited rather than the next one, so content the page appends ahead of the reader (an
 * infinite scroll) is still reached.
 */
export class TextReader {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;
  private endsWithBreak = true;
  // Each entry: a parent, the last child visited in it, and whether it is a block (to close it after).
  private readonly stack: { parent: Node; prev: ChildNode | null; block: boolean }[];
  private last: Node;
  done = false;

  constructor(private readonly root: Element, private readonly chunkChars = Infinity) {
    this.stack = [{ parent: root, prev: null, block: false }];
    // A root that hosts an open shadow root (an article component) shows that first, as any element does.
    const shadow = openShadowRoot(root);
    if (shadow) this.stack.push({ parent: shadow, prev: null, block: false });
    this.last = root;
    // The skip rules hold for the root and everything around it too (an editable <article>,
    // content added inside an editor): such a root has no readable text.
    if (isInsideNeverTouched(root)) this.stack.length = 0;
  }

  /** The last node read: whatever follows it in document order is still to be read. */
  get frontier(): Node {
    return this.last;
  }

  /** Reads at most `maxNodes` nodes; returns a chunk when one is complete (the last one at the end). */
  read(maxNodes: number): Projection | null {
    const stack = this.stack;
    for (let visited = 0; visited < maxNodes; ) {
      const top = stack[stack.length - 1];
      if (!top) {
        this.done = true;
        return this.length > 0 ? this.cut() : null;
      }
      const child: ChildNode | null = top.prev ? top.prev.nextSibling : top.parent.firstChild;
      if (!child) {
        stack.pop();
        if (top.block) {
          this.breakLine();
          if (this.length >= this.chunkChars) return this.cut();
        }
        continue;
      }
      top.prev = child;
      this.last = child;
      visited++;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        this.segments.push({ node: child as Text, start: this.length });
        this.parts.push(data);
        this.length += data.length;
        if (/\S/.test(data)) this.endsWithBreak = data.endsWith('\n');
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const block = BLOCKS.has(e.tagName);
        if (isNeverTouched(e) || isFurniture(e) || (block && (isChromeBlock(e) || isSummaryBox(e, this.root)))) {
          if (block || e.tagName === 'PRE' || e.tagName === 'TEXTAREA') this.breakLine();
          continue;
        }
        stack.push({ parent: e, prev: null, block });
        // An open shadow root is what the element shows: read it first, then the light children
        // it slots in. (A closed one cannot be read; Recount's own card is one.)
        const shadow = openShadowRoot(e);
        if (shadow) stack.push({ parent: shadow, prev: null, block: false });
        if (block) {
          this.breakLine();
          // Cut before this block: it starts the next chunk.
          if (this.length >= this.chunkChars) return this.cut();
        }
      }
    }
    return null;
  }

  private breakLine(): void {
    if (!this.endsWithBreak) {
      this.parts.push('\n');
      this.length += 1;
      this.endsWithBreak = true;
    }
  }

  private cut(): Projection {
    const chunk = { text: this.parts.join(''), segments: this.segments };
    this.parts = [];
    this.segments = [];
    this.length = 0;
    return chunk;
  }
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
