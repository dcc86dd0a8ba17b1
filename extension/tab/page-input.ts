/**
 * The page's input, turned into what the tab controller does with it: a click, or Enter or Space,
 * on a mark opens its card; a pointer down outside the card and the marks closes it. One listener
 * object for the whole page. Events the page makes up itself (not trusted) are ignored, so a page
 * script cannot open or close the card; tests drive the controller through `InputTarget` instead.
 */
import { MARK_TAG } from '../../page/tag-names.ts';
import { runSafely } from '../run-safely.ts';

export interface InputTarget {
  openCard(id: number): Promise<void>;
  pointerDownAt(target: Element | null, path: EventTarget[]): void;
}

export class PageInput implements EventListenerObject {
  static readonly TYPES = ['click', 'keydown', 'pointerdown'] as const;

  constructor(private readonly target: InputTarget) {}

  /** Listens on `doc` until `signal` aborts; pointer downs in the capture phase, before the page. */
  listen(doc: Document, signal: AbortSignal): void {
    for (const type of PageInput.TYPES) doc.addEventListener(type, this, { capture: type === 'pointerdown', signal });
  }

  handleEvent(event: Event): void {
    try {
      if (!event.isTrusted) return;
      // Where the event began, also inside an open shadow root (the page sees its host); an
      // element told by its type, not `instanceof`: a frame's nodes come from another realm.
      const origin = event.composedPath()[0] ?? event.target;
      const target = (origin as Node | null)?.nodeType === 1 ? (origin as Element) : null;
      if (event.type === 'pointerdown') {
        this.target.pointerDownAt(target, event.composedPath());
        return;
      }
      const mark = target?.closest<HTMLElement>(MARK_TAG);
      if (!mark) return;
      if (event.type === 'keydown') {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
      }
      event.preventDefault();
      const id = Number(mark.dataset.recountClaim);
      runSafely(() => this.target.openCard(id), 'could not open the card');
    } catch (e) {
      console.debug('Recount: event not handled', e);
    }
  }
}
