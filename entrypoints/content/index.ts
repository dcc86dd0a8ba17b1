import { browser } from 'wxt/browser';
import type { Request } from '../../types/page-state.ts';
import { claimCardView } from '../../components/claim-card-view.tsx';
import { PageController } from '../../extension/page-controller.ts';
import { ReadingClient } from '../../extension/reading-client.ts';
import { onImportedChanged } from '../../extension/registry-store.ts';
import { loadSettings, onSettingsChanged } from '../../extension/settings.ts';
import { PageInput } from '../../extension/tab/page-input.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const client = new ReadingClient();
      const settings = await loadSettings();
      const controller = new PageController(document, client, settings, ctx.signal, claimCardView);
      new PageInput(controller.input).listen(document, ctx.signal);
      ctx.onInvalidated(onSettingsChanged((s) => controller.updateSettings(s)));
      ctx.onInvalidated(
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
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      await controller.start();
    } catch (e) {
      // Whatever happens, the page must not see it.
      console.debug('Recount: stopped on this page', e);
    }
  },
});
