/**
 * Real-browser harness: serves files from 127.0.0.1 and drives the system Chromium with the
 * built extension loaded. Records every request so tests can prove nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CARD_TAG, NOTE_TAG } from '../../page/tag-names.ts';
import { withOpenCopies } from './closed-roots.ts';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves files under the given folders: /a/... from the first, /b/... from the second, and so on. */
export async function serve(mounts: Record<string, string>): Promise<StaticServer> {
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const [, mount, ...rest] = url.pathname.split('/');
      const base = mounts[mount ?? ''];
      const file = base ? normalize(join(base, decodeURIComponent(rest.join('/')))) : '';
      if (!base || !file.startsWith(base) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(500).end();
    }
  };
  const server: Server = createServer((req, res) => {
    answer(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested by any page or worker in the session. */
  requests: string[];
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { locale?: string; withExtension?: boolean } = {}): Promise<Session> {
  if (options.withExtension !== false && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npm run build` first.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'recount-e2e-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', `--lang=${options.locale ?? 'en-US'}`,
  ];
  if (options.withExtension !== false) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1200, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let extensionId = '';
  const worker = async (): Promise<Worker> => {
    // MV3 workers sleep after ~30 s; ask for the current one each time.
    let w = context.serviceWorkers().find((s) => s.url().startsWith('chrome-extension://'));
    if (!w) w = await context.waitForEvent('serviceworker', { timeout: 15000 });
    return w;
  };
  if (options.withExtension !== false) extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    requests,
    worker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page and collects its errors (uncaught exceptions and console errors). */
export async function openPage(session: Session, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Waits until Recount has highlighted at least `min` figures (or times out). */
export async function waitForMarks(page: Page, min = 1, timeout = 10000): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('recount-mark').length >= n, min, { timeout });
  return page.locator('recount-mark').count();
}

/**
 * The tab id of `page`. The extension has no "tabs" permission, so it cannot read tab URLs:
 * bring the page to the front and take the active tab.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const w = await session.worker();
  return w.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? 0);
}

/**
 * Makes every page of `context` record, in its own world, when WXT posts that a content script
 * started: Recount's script takes questions from that moment on (see entrypoints/content).
 */
export async function recordScriptStarts(context: BrowserContext): Promise<void> {
  await context.addInitScript(`window.__recountStarted = new Promise((resolve) => addEventListener('message', (e) => {
    const type = e.data && e.data.type;
    if (typeof type === 'string' && type.endsWith('wxt:content-script-started')) resolve(true);
  }));`);
}

/** Waits until the content script has started on `page` (see recordScriptStarts); false if it does not within `bound` ms. */
export async function scriptStarted(page: Page, bound = 30_000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), bound)));
  const started = page.evaluate(() => (window as unknown as { __recountStarted: Promise<true> }).__recountStarted).catch(() => false as const);
  try {
    return await Promise.race([started, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

/** Asks the content script of the tab that shows `page` for its state, through the service worker. */
export async function pageState(session: Session, page: Page): Promise<import('../../types/page-state.ts').PageState> {
  const tabId = await tabIdOf(session, page);
  const w = await session.worker();
  return w.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'recount:get-state' }), tabId);
}

/** What Recount's work on the page has cost so far, without asking it to read anything more. */
export async function pagePerf(session: Session, page: Page): Promise<import('../../types/page-state.ts').PagePerf> {
  const tabId = await tabIdOf(session, page);
  const w = await session.worker();
  return w.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'recount:get-perf' }), tabId);
}

/** Opens the popup as a page that inspects the tab showing `page`. */
export async function openPopupFor(session: Session, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Writes a setting the way the popup does. */
export async function setSettings(session: Session, settings: Record<string, unknown>): Promise<import('../../types/settings.ts').Settings> {
  const w = await session.worker();
  return w.evaluate(async (s) => {
    const cur = ((await chrome.storage.local.get('settings')).settings ?? {}) as { revision?: number };
    // A later revision than the one stored, as the popup's save gives it.
    const next = { highlights: true, overlays: false, disabledSites: [], ...cur, ...s, revision: (cur.revision ?? 0) + 1 };
    await chrome.storage.local.set({ settings: next });
    return next;
  }, settings);
}

/**
 * Changes the settings and waits for the tab showing `page` to apply them: its state is asked
 * for once the change has reached it and its work has run dry.
 */
export async function applySettings(session: Session, page: Page, settings: Record<string, unknown>): Promise<import('../../types/page-state.ts').PageState> {
  const next = await setSettings(session, settings);
  const tabId = await tabIdOf(session, page);
  const w = await session.worker();
  return w.evaluate(([id, afterRevision]) => chrome.tabs.sendMessage(id, { type: 'recount:get-state', afterRevision }), [tabId, next.revision] as const);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the elements `include` selects (open shadow roots included): its violations, with
 * the offending nodes. Recount's card and notes named in `include` keep their content in closed
 * roots, which axe cannot read: for the run they are swapped for open copies (see closed-roots.ts).
 */
export async function runAxe(page: Page, include: string[]): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return withOpenCopies(
    page,
    include.filter((s) => s === CARD_TAG || s === NOTE_TAG),
    () =>
      page.evaluate(async (sel) => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run({ include: sel.map((s) => [s]) }, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      }, include),
  );
}
