/**
 * npm run bench: Recount's real content-script work, page by page, side by side with the floor
 * (text-node walk + one number regex) and mark.js, in headless Chromium, in one run. Prints a
 * table, the ratios, and as its last line one JSON object. A benchmark, not a test: it asserts
 * nothing; the README lists the targets and the latest figures.
 *   npm run bench [-- --quick] [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { PagePerf } from '../types/page-state.ts';
import { launchWithExtension, serve, setSettings, tabIdOf, type Session } from '../tests/e2e/harness.ts';
import { writeBenchPages } from './bench-pages.ts';
import { floorInPage, markJsInPage, NUMBER_PATTERN } from './in-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const CORPUS = join(SHARED, 'corpus/readability');
const quick = process.argv.includes('--quick');

if (!process.argv.includes('--no-build')) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build failed');
}
const CONTENT_JS = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
const generated = mkdtempSync(join(tmpdir(), 'recount-bench-'));
writeBenchPages(generated, readFileSync(join(SHARED, 'seed/ai-work-debate.id.html'), 'utf8'));
const server = await serve({ corpus: CORPUS, seed: join(SHARED, 'seed'), demo: join(ROOT, 'assets/demo'), gen: generated });
const session = await launchWithExtension();
await session.context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));

interface Row { page: string; group: 'corpus' | 'ai'; floor: number; floorWarm: number; markjs: number; recount: number; background: number; maxTask: number; claims: number; aiWork: boolean; byStep: Record<string, number>; maxByStep: Record<string, number> }
const rows: Row[] = [];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const r2 = (x: number): number => Math.round(x * 100) / 100;

async function perfOf(s: Session, page: Page): Promise<PagePerf | null> {
  const tabId = await tabIdOf(s, page);
  const w = await s.worker();
  return w.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'recount:get-perf' }), tabId).catch(() => null) as Promise<PagePerf | null>;
}
declare const chrome: typeof import('wxt/browser').browser;

/** Waits until Recount has finished its own work on the page (or decided there is none). */
async function settled(page: Page, timeoutMs = 60000): Promise<PagePerf | null> {
  const until = Date.now() + timeoutMs;
  let last: PagePerf | null = null;
  while (Date.now() < until) {
    last = await perfOf(session, page);
    if (last?.done) return last;
    await page.waitForTimeout(40);
  }
  return last;
}

/**
 * Runs source text once in a fresh isolated world of the page, the way a content script runs:
 * its own wrappers for the page's nodes, nothing compiled yet.
 */
async function inIsolatedWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Math.random()}` });
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function measure(path: string, name: string, group: Row['group']): Promise<void> {
  const page = await session.context.newPage();
  const url = `${server.origin}/${path}`;
  // The floor and mark.js run with Recount off for the site, so they see the page as it is. Each
  // contender runs once on a freshly loaded page in a world of its own, as Recount does: the
  // first walk of a page's nodes costs about three times a repeated one (the engine wraps each
  // node on first touch), so a floor measured on repeats would flatter the floor.
  await setSettings(session, { disabledSites: ['127.0.0.1'], highlights: true, overlays: false });
  await page.goto(url, { waitUntil: 'load', timeout: 60000 }).catch(() => undefined);
  const floor = (await inIsolatedWorld<{ ms: number }>(page, floorInPage(NUMBER_PATTERN))).ms;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await page.evaluate<{ ms: number }>(floorInPage(NUMBER_PATTERN))).ms);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 }).catch(() => undefined);
  const markjs = (await inIsolatedWorld<{ ms: number }>(page, `${MARK_JS};${markJsInPage(NUMBER_PATTERN)}`)).ms;
  // Recount on a fresh load of the same page: everything it does on the main thread.
  await setSettings(session, { disabledSites: [] });
  await page.goto(url, { waitUntil: 'load', timeout: 60000 }).catch(() => undefined);
  const perf = await settled(page);
  rows.push({ page: name, group, floor, floorWarm: median(warm), markjs, recount: perf?.workMs ?? NaN, background: perf?.backgroundMs ?? NaN, maxTask: perf?.maxTaskMs ?? NaN, claims: perf?.claims ?? 0, aiWork: !!perf?.isAiWork, byStep: perf?.byStep ?? {}, maxByStep: perf?.maxByStep ?? {} });
  await page.close();
}

const corpusPages = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
for (const name of quick ? corpusPages.slice(0, 12) : corpusPages) await measure(`corpus/${name}/source.html`, name, 'corpus');
for (const [path, name] of [
  ['seed/ai-work-debate.id.html', 'seed'], ['demo/ai-work.id.html', 'demo-id'], ['demo/ai-work.en.html', 'demo-en'],
  ['gen/seed-x10.html', 'seed×10'], ['gen/seed-x100.html', 'seed×100'], ['gen/five-mb.html', '5 MB'],
] as const) await measure(path, name, 'ai');

// Infinite scroll: the work for appended paragraphs should follow the text appended.
const scroll = await (async () => {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/gen/infinite-scroll.html`, { waitUntil: 'load' });
  const first = await settled(page);
  const initialChars = await page.evaluate(() => document.querySelector('article')!.textContent!.length);
  // The reader scrolls to the end as the feed grows, as on a real infinite scroll: Recount reads
  // what comes near the viewport, so without scrolling it would read (and cost) almost nothing.
  for (let i = 0; i < 300; i++) {
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await page.waitForTimeout(50);
    if (i > 40 && (await page.evaluate<number>('window.__appended')) >= 100) break;
  }
  for (let i = 0; i < 20; i++) {
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await page.waitForTimeout(100);
  }
  const last = await perfOf(session, page);
  const finalChars = await page.evaluate(() => document.querySelector('article')!.textContent!.length);
  const marks = await page.locator('recount-mark').count();
  await page.close();
  const initialMs = first?.workMs ?? NaN;
  const addedMs = (last?.workMs ?? NaN) - initialMs;
  return { initialMs, initialKb: initialChars / 1024, addedMs, addedKb: (finalChars - initialChars) / 1024, maxTaskMs: last?.maxTaskMs ?? NaN, marks };
})();

// Heap growth on the largest corpus page.
const heap = await (async () => {
  const largest = corpusPages.map((n) => [n, readFileSync(join(CORPUS, n, 'source.html')).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const used = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  };
  await setSettings(session, { disabledSites: ['127.0.0.1'] });
  await page.goto(`${server.origin}/corpus/${largest}/source.html`, { waitUntil: 'load' });
  const before = await used();
  await setSettings(session, { disabledSites: [] }); // the open tab picks this up and reads the page
  await settled(page);
  await perfOf(session, page);
  const after = await used();
  await page.close();
  return { page: largest, growthMb: (after - before) / 1024 / 1024 };
})();

await session.close();
await server.close();
rmSync(generated, { recursive: true, force: true });

// Extractor throughput against Recognizers-Text, on the corpus text.
let extractor: Record<string, unknown> = {};
if (!process.argv.includes('--no-extractor')) {
  const { benchExtractor, corpusTexts } = (await import('./extractor-bench.ts')) as {
    benchExtractor: (t: { text: string; lang: string }[]) => Promise<Record<string, unknown>>;
    corpusTexts?: () => Promise<{ text: string; lang: string }[]> | { text: string; lang: string }[];
  };
  if (corpusTexts) extractor = await benchExtractor(await corpusTexts());
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
console.log(`\n${'page'.padEnd(34)}${pad('floor ms', 10)}${pad('mark.js', 10)}${pad('recount', 10)}${pad('max task', 10)}${pad('claims', 8)}${pad('bg ms', 8)}  AI&work`);
const verbose = process.argv.includes('--steps');
for (const r of rows) {
  console.log(`${r.page.slice(0, 33).padEnd(34)}${pad(r2(r.floor), 10)}${pad(r2(r.markjs), 10)}${pad(r2(r.recount), 10)}${pad(r2(r.maxTask), 10)}${pad(r.claims, 8)}${pad(r2(r.background), 8)}  ${r.aiWork ? 'yes' : ''}`);
  if (verbose) console.log(`${''.padEnd(34)}${Object.entries(r.byStep).map(([k, v]) => `${k} ${v} (longest ${r.maxByStep[k] ?? 0})`).join(', ')}`);
}
const corpus = rows.filter((r) => r.group === 'corpus');
const ai = rows.filter((r) => r.group === 'ai');
const floorMs = sum(corpus.map((r) => r.floor));
const floorWarmMs = sum(corpus.map((r) => r.floorWarm));
const recountMs = sum(corpus.map((r) => r.recount));
const markjsMs = sum(corpus.map((r) => r.markjs));
const aiFloor = sum(ai.map((r) => r.floor));
const aiRecount = sum(ai.map((r) => r.recount));
const aiMarkjs = sum(ai.map((r) => r.markjs));
const backgroundMs = sum(rows.map((r) => r.background));
const gzipKb = existsSync(CONTENT_JS) ? gzipSync(readFileSync(CONTENT_JS)).length / 1024 : NaN;
console.log(`\ncorpus (${corpus.length} pages): floor ${r2(floorMs)} ms, Recount ${r2(recountMs)} ms (${r2(recountMs / floorMs)}× the floor), mark.js ${r2(markjsMs)} ms`);
console.log(`the floor repeated in the same page (warm, not used for the ratios): ${r2(floorWarmMs)} ms over the corpus`);
console.log(`AI-and-work pages (${ai.length}): floor ${r2(aiFloor)} ms, Recount ${r2(aiRecount)} ms (${r2(aiRecount / aiFloor)}× the floor), mark.js ${r2(aiMarkjs)} ms (${r2(aiMarkjs / aiRecount)}× Recount)`);
console.log(`the background's share, off the pages' main thread: ${r2(sum(corpus.map((r) => r.background)))} ms on the corpus, ${r2(sum(ai.map((r) => r.background)))} ms on the AI-and-work pages`);
console.log(`infinite scroll: initial ${r2(scroll.initialMs)} ms for ${r2(scroll.initialKb)} kB; appended ${r2(scroll.addedMs)} ms for ${r2(scroll.addedKb)} kB (${r2(scroll.initialMs / scroll.initialKb)} vs ${r2(scroll.addedMs / scroll.addedKb)} ms/kB); ${scroll.marks} marks`);
console.log(`heap growth on the largest corpus page (${heap.page}): ${r2(heap.growthMb)} MB; content script ${r2(gzipKb)} kB gzipped`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(
  JSON.stringify({
    pages: rows.length,
    floor_ms: r2(floorMs),
    recount_ms: r2(recountMs),
    markjs_ms: r2(markjsMs),
    recount_over_floor: r2(recountMs / floorMs),
    markjs_over_recount: r2(aiMarkjs / aiRecount),
    ai_pages_recount_over_floor: r2(aiRecount / aiFloor),
    max_task_ms: r2(Math.max(...rows.map((r) => r.maxTask), scroll.maxTaskMs)),
    content_js_gzip_kb: r2(gzipKb),
    heap_growth_mb: r2(heap.growthMb),
    background_ms: r2(backgroundMs),
    floor_warm_ms: r2(floorWarmMs),
    scroll_ms_per_kb_initial: r2(scroll.initialMs / scroll.initialKb),
    scroll_ms_per_kb_appended: r2(scroll.addedMs / scroll.addedKb),
    ...extractor,
  }),
);
