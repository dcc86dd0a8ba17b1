import { browser } from 'wxt/browser';
import type { Request } from '../../types/page-state.ts';
import { contentScriptLifetime } from '../../extension/content-lifetime.ts';
import { FirstStage } from '../../extension/first-stage.ts';
import { importReader } from '../../extension/reader-handoff.ts';
import type { ReadingRequest, TopicReply } from '../../extension/reading-service.ts';
import { runSafely } from '../../extension/run-safely.ts';

// The first stage only: the reader (entrypoints/content-reader) is loaded where the page may be about AI and work.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context is not used: its end can be forged by the page (see content-lifetime.ts).
  main() {
    try {
      const signal = contentScriptLifetime(document);
      const stage = new FirstStage(document, signal, importReader, async (htmlLang, sample) => {
        const request: ReadingRequest = { type: 'recount:read-topic', htmlLang, sample, wholePage: true };
        const reply = (await browser.runtime.sendMessage(request)) as TopicReply | undefined;
        return reply?.aiWork.isAiWork === true;
      });
      // The first stage has the browser's own messaging (no polyfill): a reply goes through sendResponse.
      const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply?: unknown) => void): boolean => {
        const reply = stage.handle(message as Request);
        if (!reply) return false; // not ours
        reply.then(sendResponse, (e: unknown) => {
          console.debug('Recount: could not answer', e);
          sendResponse(undefined);
        });
        return true;
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
      runSafely(() => stage.start(), 'stopped on this page');
    } catch (e) {
      // Whatever happens, the page must not see it.
      console.debug('Recount: stopped on this page', e);
    }
  },
});
