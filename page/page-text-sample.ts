/**
 * The first `max` characters of a page's text, read node by node, so a huge page costs no more
 * than a small one (body.textContent would build the whole string first). Script and style text
 * is passed over, so a large inline script cannot push the article out of the sample.
 */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function pageTextSample(doc: Document, max: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    if (NOT_TEXT.has(n.parentNode?.nodeName ?? '')) continue;
    const data = (n as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join(' ').slice(0, max);
}
