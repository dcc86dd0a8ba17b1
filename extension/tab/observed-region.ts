/**
 * What the added-content watcher observes: the article's subtree (and the open shadow roots in it),
 * less the subtrees of containers the page keeps rewriting ("holes"). A MutationObserver cannot
 * leave a subtree out, so with holes the region is registered as the path from its root down to
 * each hole (child lists only) and every other child of that path (with its subtree). A ticker in
 * a hole then costs Recount nothing at all per tick: its records are never made.
 */

const WITH_SUBTREE: MutationObserverInit = { childList: true, subtree: true };
const CHILDREN_ONLY: MutationObserverInit = { childList: true };
/** Past this many registrations (a hole under a very wide parent), the holes are observed as before. */
const MAX_REGISTRATIONS = 1000;

export class ObservedRegion {
  private readonly roots = new Set<Node>();
  private readonly holes = new Set<Node>();
  /** Nodes between a root and a hole, observed for their own child lists only. */
  private readonly path = new Set<Node>();
  /** Holes changed since the last `register()`. */
  dirty = false;

  constructor(private readonly observer: MutationObserver) {}

  /** Adds a root (the article, an open shadow root in it); observed at once with its subtree. */
  addRoot(root: Node): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer.observe(root, WITH_SUBTREE);
  }

  /** Leaves `node`'s subtree out from the next `register()`; a root cannot be left out. */
  exclude(node: Node): void {
    if (this.roots.has(node) || this.holes.has(node)) return;
    this.holes.add(node);
    this.dirty = true;
  }

  include(node: Node): void {
    if (this.holes.delete(node)) this.dirty = true;
  }

  /** Whether a change to `node`'s child list may have added children the region must observe. */
  isPath(node: Node): boolean {
    return this.path.has(node);
  }

  /** Children added to a path node: each is observed with its subtree (a hole's own replacement too). */
  observeAdded(nodes: NodeList): void {
    for (const n of Array.from(nodes)) {
      if (n.nodeType !== 1 || this.path.has(n) || this.holes.has(n)) continue;
      this.observer.observe(n, WITH_SUBTREE);
    }
  }

  /** Registers the region anew (the caller takes pending records first: this drops them). */
  register(): void {
    this.observer.disconnect();
    this.path.clear();
    this.dirty = false;
    // A component taken out of the page takes its shadow root with it.
    for (const root of this.roots) if (root.nodeType === 11 && !root.isConnected) this.roots.delete(root);
    for (const hole of this.holes) {
      if (!hole.isConnected || this.underHole(hole) || !this.rootOf(hole)) continue;
      for (let p = hole.parentNode; p && !this.path.has(p); p = this.roots.has(p) ? null : p.parentNode) this.path.add(p);
    }
    let count = this.roots.size;
    for (const p of this.path) count += p.childNodes.length + 1;
    if (count > MAX_REGISTRATIONS) this.path.clear();
    for (const root of this.roots) if (!this.path.has(root)) this.observer.observe(root, WITH_SUBTREE);
    for (const p of this.path) {
      this.observer.observe(p, CHILDREN_ONLY);
      for (const c of Array.from(p.childNodes)) if (c.nodeType === 1 && !this.path.has(c) && !this.holes.has(c)) this.observer.observe(c, WITH_SUBTREE);
    }
  }

  /** The root `node` is under, or null (taken out of the page, or a root itself). */
  private rootOf(node: Node): Node | null {
    for (let p = node.parentNode; p; p = p.parentNode) if (this.roots.has(p)) return p;
    return null;
  }

  private underHole(node: Node): boolean {
    for (let p = node.parentNode; p && !this.roots.has(p); p = p.parentNode) if (this.holes.has(p)) return true;
    return false;
  }
}
