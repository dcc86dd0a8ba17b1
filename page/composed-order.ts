/**
 * Document order across open shadow roots, as the text reader walks it: a shadow root's content
 * sits at its host's place, before the host's own (light) children. `compareDocumentPosition`
 * cannot tell the order of nodes in different trees (it calls them disconnected).
 */

/** The node's ancestors from the document down to itself, through shadow roots (each root between its host and its content). */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) path.push(n);
  return path.reverse();
}

/** Whether `b` comes after `a` as the text reader reads (a node inside `a` counts as after it). */
export function followsInReadingOrder(a: Node, b: Node): boolean {
  const pa = composedPath(a);
  const pb = composedPath(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return i < pb.length; // b is inside a
  if (i === pb.length || i === 0) return false; // a is inside b, or they share no document
  const [sa, sb] = [pa[i]!, pb[i]!];
  if (sa.nodeType === 11) return true; // a is in the shadow root of their common host, read first
  if (sb.nodeType === 11) return false;
  return (sa.compareDocumentPosition(sb) & 4) /* FOLLOWING */ !== 0;
}
