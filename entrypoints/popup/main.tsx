import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp.tsx';
import { checkLabel, t, verdictLabel } from '../../extension/i18n.ts';
import type { PageState, Request } from '../../extension/messages.ts';
import { allFacts } from '../../extension/full-registry.ts';
import { loadSettings, saveSettings, type Settings } from '../../extension/settings.ts';

/** The tab to inspect: the active one, or ?tab=ID (used when the popup is opened as a page). */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) {
    const tab = await browser.tabs.get(fromQuery);
    return tab.id ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url ?? '' } : null;
}

async function ask(tabId: number, request: Request): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch {
    return null; // no content script there (a browser page, a file, the store)
  }
}

async function main(): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage().startsWith('id') ? 'id' : 'en';
  const root = document.getElementById('app')!;
  const facts = new Map((await allFacts()).map((f) => [f.id, f]));
  const tab = await targetTab();
  let settings = await loadSettings();
  let page = tab ? ((await ask(tab.id, { type: 'recount:get-state' })) as PageState | null) : null;
  let host = '';
  try {
    host = page ? new URL(page.url).hostname : '';
  } catch {
    host = '';
  }
  const draw = (): void =>
    render(
      <PopupApp
        page={page}
        settings={settings}
        host={host}
        factById={(id) => facts.get(id)}
        t={t}
        verdictLabel={verdictLabel}
        checkLabel={checkLabel}
        onSettings={async (next: Settings) => {
          settings = next;
          draw();
          await saveSettings(next);
          // Give the page a moment to apply the change, then show its new state.
          if (tab) {
            await new Promise((r) => setTimeout(r, 150));
            page = ((await ask(tab.id, { type: 'recount:get-state' })) as PageState | null) ?? page;
            draw();
          }
        }}
        onShow={(index) => {
          if (tab) void ask(tab.id, { type: 'recount:focus-claim', index });
        }}
      />,
      root,
    );
  draw();
}

void main();
