import { browser } from 'wxt/browser';
import type { Request } from '../../types/page-state.ts';
import { claimCardView } from '../../components/claim-card-view.tsx';
import { PageController } from '../../extension/page-controller.ts';
import { ReadingClient } from '../../extension/reading-client.ts';
import { onImportedChanged } from '../../extension/registry-store.ts';
import { loadSettings, onSettingsChanged } from '../../extension/settings.ts';
import { contentScriptLifetime } from '../../extension/content-lifetime.ts';
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
    let controller!: PageController;
    let started!: (ok: boolean) => void;
    const ready = new Promise<boolean>((resolve) => (started = resolve));
    // Questions are taken from the moment the script runs and answered once the page's controller
    // exists, so that whoever saw the script start can ask straight away.
    const answer = <T>(work: () => T): Promise<T> =>
      ready.then((ok) => {
        if (!ok) throw new Error('Recount stopped on this page');
        return work();
      });
    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      const m = message as Request;
      if (m?.type === 'recount:get-state') return answer(() => controller.readAllAndReport(m.afterRevision));
      if (m?.type === 'recount:get-perf') return answer(() => controller.perf());
      if (m?.type === 'recount:focus-claim') return answer(() => controller.focusClaim(m.index));
      return undefined;
    };
    // The polyfill answers a message with the promise its listener returns (undefined: not ours).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    browser.runtime.onMessage.addListener(onMessage);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    onEnd(() => browser.runtime.onMessage.removeListener(onMessage));
    try {
      const client = new ReadingClient();
      let settings = await loadSettings();
      // A page that re-renders its article over and over gets a few fresh reads a minute, no more.
      const freshReads = new WorkBudget(FRESH_READS_PER_MINUTE);
      // A fresh controller for every page the tab shows, also when a single-page app moves on
      // without a load: the last one is torn down (its marks undone) before the next one reads.
      const begin = (): void => {
        const page = new AbortController();
        const current = new PageController(document, client, settings, AbortSignal.any([signal, page.signal]), claimCardView);
        current.onNavigate = () => {
          if (!freshReads.take()) return;
          page.abort();
          if (!signal.aborted) begin();
        };
        controller = current;
        runSafely(() => current.start(), 'stopped on this page');
      };
      new PageInput({
        openCard: (id) => controller.input.openCard(id),
        pointerDownAt: (target, path) => controller.input.pointerDownAt(target, path),
      }).listen(document, signal);
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
      started(true);
    } catch (e) {
      // Whatever happens, the page must not see it; questions asked meanwhile get an error.
      started(false);
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      browser.runtime.onMessage.removeListener(onMessage);
      console.debug('Recount: stopped on this page', e);
    }
  },
});
