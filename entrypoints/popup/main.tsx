import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp.tsx';
import { checkLabel, t, verdictLabel } from '../../extension/i18n.ts';
import type { PageState, Request } from '../../types/page-state.ts';
import { allFacts } from '../../extension/full-registry.ts';
import { runSafely } from '../../extension/run-safely.ts';
import { loadSettings, saveSettings } from '../../extension/settings.ts';
import type { Settings } from '../../types/settings.ts';
import { hasSiteAccess, requestSiteAccess } from '../../extension/site-access.ts';
import type { SiteAccess } from '../../components/PopupApp.tsx';

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
  let siteAccess: SiteAccess = page === null && tab && !(await hasSiteAccess()) ? 'missing' : 'granted';
  let host = '';
  try {
    host = page ? new URL(page.url).hostname : '';
  } catch {
    host = '';
  }
  let error: string | null = null;
  /**
   * Saves the change, then shows the page's state once the tab has applied it (or a later change).
   * A reply is never drawn over one that followed a later revision of the settings.
   */
  const applySettings = async (next: Settings): Promise<void> => {
    const revision = await saveSettings(next);
    if (!tab) return;
    const reply = (await ask(tab.id, { type: 'recount:get-state', afterRevision: revision })) as PageState | null;
    if (reply && (!page || reply.settingsRevision >= page.settingsRevision)) page = reply;
    draw();
  };
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
        error={error}
        onSettings={(next: Settings) => {
          settings = next;
          error = null;
          draw();
          runSafely(() => applySettings(next), 'could not save the settings', () => {
            error = t('storageError');
            draw();
          });
        }}
        siteAccess={siteAccess}
        onRequestAccess={() => {
          // Called straight from the click, so the browser sees the reader's gesture.
          runSafely(async () => {
            if (await requestSiteAccess()) siteAccess = 'granted-now';
            draw();
          }, 'could not ask for site access');
        }}
        onShow={(index) => {
          if (tab) runSafely(() => ask(tab.id, { type: 'recount:focus-claim', index }), 'could not show the figure');
        }}
      />,
      root,
    );
  draw();
}

runSafely(main, 'popup failed');
