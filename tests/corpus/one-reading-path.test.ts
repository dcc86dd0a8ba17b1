/**
 * One reading path: the CLI's reader (page/read-document.ts, in jsdom) and the extension in
 * Chromium agree on the seed article, the demo articles and the news-dev pages: the same gate
 * verdicts on every page, and the same claims, in the same order with the same matched facts,
 * wherever the gates pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { readDocument } from '../../page/read-document.ts';
import { launchWithExtension, pageState, recordScriptStarts, ROOT, scriptStarted, serve, setSettings, type Session, type StaticServer } from '../e2e/harness.ts';
import { NEWS_DEV, newsDevLabels, SEED } from './shared-paths.ts';

let server: StaticServer;
let session: Session;

const DEMO = join(ROOT, 'assets/demo');
const PAGES: { mount: string; dir: string; file: string }[] = [
  { mount: 'seed', dir: SEED, file: 'ai-work-debate.id.html' },
  { mount: 'demo', dir: DEMO, file: 'ai-work.en.html' },
  { mount: 'demo', dir: DEMO, file: 'ai-work.id.html' },
  ...newsDevLabels().map((l) => ({ mount: 'news', dir: join(NEWS_DEV, 'pages'), file: l.file })),
];

beforeAll(async () => {
  server = await serve({ seed: SEED, demo: DEMO, news: join(NEWS_DEV, 'pages') });
  session = await launchWithExtension();
  await recordScriptStarts(session.context);
  // Nothing but the test server and the extension's own files (its reader is imported at a per-session URL).
  const allowed = (url: string): boolean => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
  await session.context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
  await setSettings(session, { highlights: true, overlays: false, disabledSites: [] });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Reading {
  isArticle: boolean;
  isAiWork: boolean;
  lang: string;
  claims: string[];
}

function readInNode(path: string): Reading {
  const dom = new JSDOM(readFileSync(path, 'utf8'), { virtualConsole: new VirtualConsole() });
  const r = readDocument(dom.window.document, bundledIndex());
  dom.window.close();
  return { isArticle: r.isArticle, isAiWork: r.aiWork.isAiWork, lang: r.lang, claims: r.claims.map((c) => `${c.text} → ${c.fact?.id ?? '-'}`) };
}

describe('the CLI and the extension', () => {
  it('give the same gate verdicts on every page, and the same claims and matches where the gates pass', async () => {
    const page = await session.context.newPage();
    const differences: string[] = [];
    let compared = 0;
    for (const { mount, dir, file } of PAGES) {
      const cli = readInNode(join(dir, file));
      await page.goto(`${server.origin}/${mount}/${file}`, { waitUntil: 'load' });
      // The content script takes questions from its start on: one question, no retries.
      const state = (await scriptStarted(page)) ? await pageState(session, page).catch(() => null) : null;
      expect(state, `${file}: the content script did not answer`).not.toBeNull();
      const ext: Reading = { isArticle: state!.isArticle, isAiWork: state!.isAiWork, lang: state!.lang, claims: state!.claims.map((c) => `${c.text} → ${c.factId ?? '-'}`) };
      if (ext.isArticle !== cli.isArticle || ext.isAiWork !== cli.isAiWork) {
        differences.push(`${file}: gates CLI ${cli.isArticle}/${cli.isAiWork}, extension ${ext.isArticle}/${ext.isAiWork}`);
        continue;
      }
      if (!cli.isArticle || !cli.isAiWork) continue;
      compared++;
      if (ext.lang !== cli.lang) differences.push(`${file}: language CLI ${cli.lang}, extension ${ext.lang}`);
      if (JSON.stringify(ext.claims) !== JSON.stringify(cli.claims)) {
        const onlyCli = cli.claims.filter((c) => !ext.claims.includes(c));
        const onlyExt = ext.claims.filter((c) => !cli.claims.includes(c));
        differences.push(`${file}: claims differ; only in the CLI ${JSON.stringify(onlyCli)}, only in the extension ${JSON.stringify(onlyExt)}`);
      }
    }
    await page.close();
    console.log(`one reading path: ${PAGES.length} pages, claims compared on ${compared}; differences: ${differences.length ? '\n  ' + differences.join('\n  ') : 'none'}`);
    expect(compared).toBeGreaterThan(20);
    expect(differences).toEqual([]);
  });
});
