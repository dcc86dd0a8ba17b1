import { browser } from 'wxt/browser';
import type { Request } from '../../extension/messages.ts';
import { PageController } from '../../extension/page-controller.ts';
import { ContentRegistry } from '../../extension/content-registry.ts';
import { onImportedChanged } from '../../extension/registry-store.ts';
import { loadSettings, onSettingsChanged } from '../../extension/settings.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const registry = new ContentRegistry();
      const settings = await loadSettings();
      const controller = new PageController(document, registry, settings, ctx.signal);
      for (const type of ['click', 'keydown', 'pointerdown'] as const) {
        document.addEventListener(type, controller, { capture: type === 'pointerdown', signal: ctx.signal });
      }
      const stopSettings = onSettingsChanged((s) => controller.updateSettings(s));
      ctx.onInvalidated(stopSettings);
      const stopImported = onImportedChanged(() => {
        registry.forget();
        controller.rematch();
      });
      ctx.onInvalidated(stopImported);
      const onMessage = (message: unknown): Promise<unknown> | undefined => {
        const m = message as Request;
        if (m?.type === 'recount:get-state') return controller.state();
        if (m?.type === 'recount:get-perf') return Promise.resolve(controller.perf());
        if (m?.type === 'recount:focus-claim') return Promise.resolve(controller.focusClaim(m.index));
        return undefined;
      };
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
      await controller.start();
    } catch (e) {
      // Whatever happens, the page must not see it.
      console.debug('Recount: stopped on this page', e);
    }
  },
});
