import { browser } from 'wxt/browser';
import type { Request } from '../../types/page-state.ts';
import { claimCardView } from '../../components/claim-card-view.tsx';
import { PageController } from '../../extension/page-controller.ts';
import { ReadingClient } from '../../extension/reading-client.ts';
import { onImportedChanged } from '../../extension/registry-store.ts';
import { loadSettings, onSettingsChanged } from '../../extension/settings.ts';
import { contentScriptLifetime } from '../../extension/content-lifetime.ts';
import { frameArticleOnceLoaded } from '../../extension/tab/frame-fallback.ts';
import { PageInput } from '../../extension/tab/page-input.ts';
import { WorkBudget } from '../../extension/tab/work-budget.ts';
import { runSafely } from '../../extension/run-safely.ts';

const FRESH_READS_PER_MINUTE = 10;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context is not used: its end can be forged by the page (see content-lifetime.ts).
  async main() {
    const signal = contentScriptLifetime(document);
    const onEnd = (cb: () => void): void => signal.addEventListener('abort', cb, { once: true });
    try {
      const client = new ReadingClient();
      let settings = await loadSettings();
      let controller!: PageController;
      // A page that re-renders its article over and over gets a few fresh reads a minute, no more.
      const freshReads = new WorkBudget(FRESH_READS_PER_MINUTE);
      const input = new PageInput({
        openCard: (id) => controller.input.openCard(id),
        pointerDownAt: (target, path) => controller.input.pointerDownAt(target, path),
      });
      input.listen(document, signal);
      // A fresh controller for every page the tab shows, also when a single-page app moves on
      // without a load: the last one is torn down (its marks undone) before the next one reads.
      // A page that is no article of its own may show one in a same-origin frame: that frame's
      // document then gets a controller (and the page's input) of its own.
      const begin = (doc: Document = document): void => {
        const page = new AbortController();
        const pageSignal = AbortSignal.any([signal, page.signal]);
        const current = new PageController(doc, client, settings, pageSignal, claimCardView);
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
      const onMessage = (message: unknown): Promise<unknown> | undefined => {
        const m = message as Request;
        if (m?.type === 'recount:get-state') return controller.readAllAndReport(m.after);
        if (m?.type === 'recount:get-perf') return Promise.resolve(controller.perf());
        if (m?.type === 'recount:focus-claim') return Promise.resolve(controller.focusClaim(m.index));
        return undefined;
      };
      // The polyfill answers a message with the promise its listener returns (undefined: not ours).
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.addListener(onMessage);
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onEnd(() => browser.runtime.onMessage.removeListener(onMessage));
      begin();
    } catch (e) {
      // Whatever happens, the page must not see it.
      console.debug('Recount: stopped on this page', e);
    }
  },
});
