/**
 * Chromium for the benchmark, with or without the extension, plus a browser-level DevTools
 * session for tracing. A trace started from a page's own session leaves out the processes that
 * page does not use, among them the extension's service worker; the browser's session sees all.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, type Session } from '../tests/e2e/harness.ts';

export interface TracedSession extends Session {
  /** A DevTools session on the browser itself: Tracing.start here records every process. */
  tracer: CDPSession;
}

export async function launchTraced(withExtension: boolean): Promise<TracedSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'recount-bench-profile-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--lang=en-US', '--remote-debugging-port=0',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args, locale: 'en-US', viewport: { width: 1200, height: 900 } });
  const [port] = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const tracer = await browser.newBrowserCDPSession();
  const worker = async (): Promise<Worker> => {
    // MV3 workers sleep after about 30 s; ask for the current one each time.
    let w = context.serviceWorkers().find((s) => s.url().startsWith('chrome-extension://'));
    if (!w) w = await context.waitForEvent('serviceworker', { timeout: 15000 });
    return w;
  };
  const extensionId = withExtension ? new URL((await worker()).url()).host : '';
  return {
    context,
    extensionId,
    requests: [],
    worker,
    tracer,
    close: async () => {
      await tracer.detach().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
