/**
 * The reader: everything Recount does on a page that may be about AI and work, started by the
 * content script's first stage. A fresh controller for every page the tab shows, also when a
 * single-page app moves on without a load; the reader's choices and imports are followed.
 */
import { browser } from 'wxt/browser';
import { CARD_FILE, importCardView } from './card-handoff.ts';
import { PageController } from './page-controller.ts';
import { ReadingClient } from './reading-client.ts';
import type { FirstVerdicts, Reader } from './reader-handoff.ts';
import { onImportedChanged } from './registry-changes.ts';
import { loadSettings, onSettingsChanged } from './settings.ts';
import { frameArticleOnceLoaded } from './tab/frame-fallback.ts';
import { PageInput } from './tab/page-input.ts';
import { WorkBudget } from './tab/work-budget.ts';
import { runSafely } from './run-safely.ts';

/** Fresh reads a minute: a page that re-renders its article over and over gets a few, no more. */
const FRESH_READS_PER_MINUTE = 10;

/** The card's UI, a stage of its own: compiled only on pages where a reader opens a figure. */
const loadCardView = () => importCardView(() => browser.runtime.getURL(`/${CARD_FILE}`));

/** `verdicts`: the first stage's, each taken by the first controller of its document. */
export function startReader(signal: AbortSignal, verdicts?: FirstVerdicts): Reader {
  const unused = new Map(verdicts);
  const onEnd = (cb: () => void): void => signal.addEventListener('abort', cb, { once: true });
  const client = new ReadingClient();
  const freshReads = new WorkBudget(FRESH_READS_PER_MINUTE);
  // The controller exists once the settings are read; messages that come earlier wait for it.
  let controller!: PageController;
  const ready = (async () => {
    let settings = await loadSettings();
    const input = new PageInput({
      openCard: (id) => controller.input.openCard(id),
      pointerDownAt: (target, path) => controller.input.pointerDownAt(target, path),
    });
    input.listen(document, signal);
    // The last controller is torn down (its marks undone) before the next one reads. A page that is
    // no article of its own may show one in a same-origin frame: that frame's document then gets a
    // controller (and the page's input) of its own.
    const begin = (doc: Document = document): void => {
      const page = new AbortController();
      const pageSignal = AbortSignal.any([signal, page.signal]);
      const current = new PageController(doc, client, settings, pageSignal, loadCardView, unused.get(doc));
      unused.delete(doc);
      current.onNavigate = () => {
        if (!freshReads.take()) return;
        page.abort();
        if (!signal.aborted) begin();
      };
      controller = current;
      if (doc !== document) input.listen(doc, pageSignal);
      runSafely(async () => {
        await current.start();
        if (doc !== document || current.phase !== 'gated-out') return;
        const frame = await frameArticleOnceLoaded(document, pageSignal);
        if (!frame || controller !== current) return;
        page.abort(); // it changed nothing on the page: it was turned away
        begin(frame);
      }, 'stopped on this page');
    };
    onEnd(
      onSettingsChanged((s) => {
        settings = s;
        controller.updateSettings(s);
      }),
    );
    onEnd(
      onImportedChanged(() => {
        client.forget();
        controller.rematch();
      }),
    );
    begin();
    return () => controller;
  })();
  runSafely(() => ready, 'stopped on this page');
  return {
    handle(m) {
      if (m?.type === 'recount:get-state') return ready.then((c) => c().readAllAndReport(m.afterRevision));
      if (m?.type === 'recount:get-perf') return ready.then((c) => c().perf());
      if (m?.type === 'recount:focus-claim') return ready.then((c) => c().focusClaim(m.index));
      return undefined;
    },
  };
}
