/**
 * The first `max` characters of a page's text, read node by node, so a huge page costs no more
 * than a small one (body.textContent would build the whole string first). Script and style text
 * is passed over, so a large inline script cannot push the article out of the sample. A page that
 * shows little text of its own is looked through for open shadow roots, whose text follows its own
 * (a page built of web components may keep its whole article there).
 */
import { openShadowRoots } from './open-shadow-roots.ts';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Below this much text in the page's own (light) DOM, its open shadow roots are read too. */
const SHADOW_LOOKUP_BELOW = 5_000;

export function pageTextSample(doc: Document, max: number): string {
  const reader = new PageTextSampler(doc, max);
  const pieces: string[] = [];
  while (!reader.done) pieces.push(reader.read(Infinity));
  return pieces.join(' ').slice(0, max);
}

/** The same sample read a few nodes at a time, so the caller can yield to the page in between. */
export class PageTextSampler {
  private walker: TreeWalker | null;
  /** Characters read so far (with the spaces between nodes). */
  length = 0;
  /** Open shadow roots still to read; null until the page's own text is read. */
  private shadows: ShadowRoot[] | null = null;
  done = false;

  constructor(private readonly doc: Document, private readonly max: number) {
    this.walker = doc.body ? doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */) : null;
    if (!this.walker) this.done = true;
  }

  /** Moves on to the next open shadow root once the page's own text is read; false when none is left. */
  private nextShadow(): boolean {
    const body = this.doc.body;
    this.shadows ??= body && this.length < SHADOW_LOOKUP_BELOW ? openShadowRoots(body) : [];
    const next = this.shadows.shift();
    if (!next) return false;
    this.walker = this.doc.createTreeWalker(next, 4 /* NodeFilter.SHOW_TEXT */);
    return true;
  }

  /** The text of up to `maxNodes` more nodes, joined by spaces (as the whole sample is); stops at the node that brings `length` to `until`. */
  read(maxNodes: number, until = Infinity): string {
    const parts: string[] = [];
    for (let i = 0; i < maxNodes; i++) {
      const n = this.walker && this.length < this.max ? this.walker.nextNode() : null;
      if (!n) {
        if (this.length < this.max && this.nextShadow()) continue;
        this.done = true;
        break;
      }
      if (NOT_TEXT.has(n.parentNode?.nodeName ?? '')) continue;
      const data = (n as Text).data;
      parts.push(this.length + data.length > this.max ? data.slice(0, this.max - this.length) : data);
      this.length += data.length + 1;
      if (this.length >= until) break;
    }
    return parts.join(' ');
  }
}
