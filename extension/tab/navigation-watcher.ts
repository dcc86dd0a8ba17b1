/**
 * Tells when the page has become another page without a load: a single-page app moved to another
 * address (History API, back and forward) or replaced the container of the article it showed. The
 * content script's isolated world cannot wrap the page's `history.pushState`, so the address is
 * compared on events Recount gets anyway: `popstate`, the Navigation API's entry changes where the
 * browser has it, and changes to the article's ancestors (which also say when it is taken out).
 */

/** Changes are let settle this long before the page is called new (a debounce, not a wait). */
const QUIET_MS = 250;

/** The address without its fragment: a jump to an anchor is the same page. */
const pageKey = (doc: Document): string => {
  const loc = doc.location;
  return loc ? loc.origin + loc.pathname + loc.search : '';
};

export class NavigationWatcher {
  private life: AbortController | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private key = '';
  private body: Element | null = null;

  constructor(private readonly doc: Document, private readonly onNavigate: () => void) {}

  /** Starts watching for the page to change under `body` (the article read, or null when none was found). */
  watch(body: Element | null): void {
    this.dispose();
    this.key = pageKey(this.doc);
    this.body = body;
    const life = new AbortController();
    this.life = life;
    const view = this.doc.defaultView;
    view?.addEventListener('popstate', this.check, { signal: life.signal });
    const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
    navigation?.addEventListener?.('currententrychange', this.check, { signal: life.signal });
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(this.check);
    // Only the ancestors' own child lists: cheap on a busy page, and enough to see the article go.
    for (let e: Element | null = body?.parentElement ?? this.doc.body; e; e = e.parentElement) this.observer.observe(e, { childList: true });
  }

  /** Compares the address now (for callers that get events of their own, such as added content). */
  readonly check = (): void => {
    if (!this.life || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.life && this.changed()) {
        this.dispose();
        this.onNavigate();
      }
    }, QUIET_MS);
  };

  private changed(): boolean {
    return pageKey(this.doc) !== this.key || (this.body !== null && !this.body.isConnected);
  }

  dispose(): void {
    this.life?.abort();
    this.life = null;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
