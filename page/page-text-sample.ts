/**
 * The first `max` characters of a page's text, read node by node, so a huge page costs no more
 * than a small one (body.textContent would build the whole string first). Script and style text
 * is passed over, so a large inline script cannot push the article out of the sample.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function pageTextSample(doc: Document, max: number): string {
  const reader = new PageTextSampler(doc, max);
  const pieces: string[] = [];
  while (!reader.done) pieces.push(reader.read(Infinity));
  return pieces.join(' ').slice(0, max);
}

/** The same sample read a few nodes at a time, so the caller can yield to the page in between. */
export class PageTextSampler {
  private readonly walker: TreeWalker | null;
  /** Characters read so far (with the spaces between nodes). */
  length = 0;
  done = false;

  constructor(doc: Document, private readonly max: number) {
    this.walker = doc.body ? doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */) : null;
    if (!this.walker) this.done = true;
  }

  /** The text of up to `maxNodes` more nodes, joined by spaces (as the whole sample is); stops at the node that brings `length` to `until`. */
  read(maxNodes: number, until = Infinity): string {
    const parts: string[] = [];
    const walker = this.walker;
    for (let i = 0; i < maxNodes; i++) {
      const n = walker && this.length < this.max ? walker.nextNode() : null;
      if (!n) {
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
