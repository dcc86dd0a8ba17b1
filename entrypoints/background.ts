import { browser } from 'wxt/browser';
import { ReadingService } from '../extension/reading-service.ts';
import { onImportedChanged } from '../extension/registry-changes.ts';
import { enabledImportedFacts } from '../extension/registry-store.ts';

/**
 * Reads for the pages: topic and claims of the text they send, matched against the bundled
 * registry and the reader's imports, and the full texts of facts for cards and notes.
 */
export default defineBackground(() => {
  const service = new ReadingService(enabledImportedFacts);
  onImportedChanged(() => service.invalidate());
  // The polyfill answers a message with the promise its listener returns (undefined: not ours).
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown) => service.handle(message));
});
