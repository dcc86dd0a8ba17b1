/**
 * The 130 real pages loaded in Chromium with the built extension: it answers on every page, never
 * fails, highlights nothing where the page is not about AI and work, and restores the DOM when
 * turned off. Requests to anything but the local server are blocked, as the pages' own assets
 * point at sites this machine cannot reach.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { readDocument } from '../../page/read-document.ts';
import { applySettings, launchWithExtension, pageState, recordScriptStarts, scriptStarted, serve, setSettings, type Session, type StaticServer } from '../e2e/harness.ts';
import { CORPUS, corpusPages } from './shared-paths.ts';

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serve({ corpus: CORPUS });
  session = await launchWithExtension();
  // Nothing but the test server and the extension's own files (its reader is imported at a per-session URL).
  const allowed = (url: string): boolean => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
  await session.context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
  // The pages' own timers keep changing some of them (ad rotations, teasers), which would make a
  // byte-for-byte comparison meaningless. Stop them in the page's world; the content script lives
  // in its own world with its own timers and is not affected.
  await recordScriptStarts(session.context);
  await session.context.addInitScript(
    'window.setTimeout = () => 0; window.setInterval = () => 0; window.requestAnimationFrame = () => 0; window.requestIdleCallback = () => 0;',
  );
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * Whether the page changes its DOM by itself: it is loaded with Recount off on its site and taken
 * through the same round trips as the cycles that compare it (two of them), which leave it alone;
 * whatever differs afterwards, the page did.
 */
async function changesByItself(url: string): Promise<boolean> {
  await setSettings(session, { disabledSites: ['127.0.0.1'] });
  const probe = await session.context.newPage();
  try {
    await probe.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(() => undefined);
    if (!(await scriptStarted(probe))) return false;
    const first = await probe.evaluate(() => document.documentElement.outerHTML);
    for (let i = 0; i < 2; i++) {
      await applySettings(session, probe, { highlights: true, overlays: true });
      await applySettings(session, probe, { highlights: false, overlays: false });
    }
    return (await probe.evaluate(() => document.documentElement.outerHTML)) !== first;
  } finally {
    await probe.close();
    await setSettings(session, { disabledSites: [] });
  }
}

describe('the Readability corpus in Chromium', () => {
  it('runs on all 130 pages without failing, highlights only AI-and-work articles, and restores the DOM', async () => {
    const pages = corpusPages();
    const rows: { name: string; agrees: boolean; aiWork: boolean; marks: number; restored: boolean; selfChanging: boolean; failures: string[]; cli: string | null }[] = [];
    const page = await session.context.newPage();
    const failures: string[] = [];
    page.on('console', (m) => {
      if (m.text().startsWith('Recount:')) failures.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (/chrome-extension:|recount/i.test(String(e.stack ?? e))) failures.push(String(e));
    });
    for (const name of pages) {
      failures.length = 0;
      const meta = JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as { readerable: boolean };
      await setSettings(session, { highlights: false, overlays: false, disabledSites: [] });
      await page.goto(`${server.origin}/corpus/${name}/source.html`, { waitUntil: 'load', timeout: 30000 }).catch(() => undefined);
      // The content script takes questions from its start on: one question, no retries.
      const state = (await scriptStarted(page)) ? await pageState(session, page).catch(() => null) : null;
      expect(state, `${name}: the content script did not answer`).not.toBeNull();
      // Toggle highlights and overlays on and off, and compare the DOM before and after. A page
      // whose own code changes its DOM now and then (lazy images, late handlers) can differ by
      // chance, so a difference is checked once more: a real failure to restore repeats.
      const cycle = async (): Promise<{ same: boolean; marks: number; leftovers: number }> => {
        const pristine = await page.evaluate(() => document.documentElement.outerHTML);
        // Each change is applied by the tab before its state comes back: no guessing how long it takes.
        const on = await applySettings(session, page, { highlights: true, overlays: true });
        const marks = await page.locator('recount-mark').count();
        expect(on.highlighted || marks === 0, `${name}: marks on a page the tab does not highlight`).toBe(true);
        await applySettings(session, page, { highlights: false, overlays: false });
        const after = await page.evaluate(() => document.documentElement.outerHTML);
        const leftovers = await page.evaluate(() => document.querySelectorAll('recount-mark, recount-note, recount-ui').length);
        return { same: after === pristine, marks, leftovers };
      };
      let result = await cycle();
      if (!result.same) result = await cycle();
      const selfChanging = !result.same && (await changesByItself(`${server.origin}/corpus/${name}/source.html`));
      const restored = result.leftovers === 0 && (result.same || selfChanging);
      const marks = result.marks;
      // The CLI's reader, in jsdom, gives the same gate verdicts (one reading path).
      const dom = new JSDOM(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
      const cli = readDocument(dom.window.document, bundledIndex());
      dom.window.close();
      const cliDiffers = cli.isArticle !== state!.isArticle || cli.aiWork.isAiWork !== state!.isAiWork ? `CLI ${cli.isArticle}/${cli.aiWork.isAiWork}, extension ${state!.isArticle}/${state!.isAiWork}` : null;
      rows.push({ name, agrees: state!.isArticle === meta.readerable, aiWork: state!.isAiWork, marks, restored, selfChanging, failures: [...failures], cli: cliDiffers });
    }
    await page.close();
    await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });

    const agree = rows.filter((r) => r.agrees).length;
    console.log(`browser: ${rows.length} pages; article gate agrees on ${agree} (${((100 * agree) / rows.length).toFixed(1)}%); about AI and work: ${rows.filter((r) => r.aiWork).map((r) => r.name).join(', ') || 'none'}`);
    expect(rows).toHaveLength(130);
    expect(rows.flatMap((r) => r.failures.map((f) => `${r.name}: ${f}`))).toEqual([]);
    expect(rows.filter((r) => !r.aiWork && r.marks > 0).map((r) => r.name)).toEqual([]);
    expect(agree / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(rows.filter((r) => r.cli).map((r) => `${r.name}: ${r.cli}`)).toEqual([]);
    // Every page comes back as it was: byte for byte where the page itself holds still, and with
    // none of Recount's elements left where its own scripts keep changing it.
    console.log(`pages that change their own DOM (compared without byte equality): ${rows.filter((r) => r.selfChanging).map((r) => r.name).join(', ') || 'none'}`);
    expect(rows.filter((r) => !r.restored).map((r) => r.name)).toEqual([]);
  });
});
