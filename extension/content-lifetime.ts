/**
 * How long this content script lives. WXT ends a content script when a "script started" event
 * reaches the document, so that an updated extension's new script replaces the old one. The page
 * can learn that event's name (WXT also posts it with postMessage) and fire it itself, which would
 * switch Recount off on the page. So the event here is only a hint: the script ends when the
 * extension behind it is really gone (updated, reloaded or removed), which no page can fake.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export function extensionIsGone(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true; // touching the runtime of a removed extension can throw
  }
}

/** A signal that aborts once a newer script starts and this one's extension is gone. */
export function contentScriptLifetime(doc: Document, isGone: () => boolean = extensionIsGone): AbortSignal {
  const life = new AbortController();
  const onStarted = (): void => {
    if (isGone()) life.abort('Recount was updated or removed');
  };
  // WXT keeps the event's name on a static field that its types mark private.
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof started === 'string') doc.addEventListener(started, onStarted, { signal: life.signal });
  return life.signal;
}
