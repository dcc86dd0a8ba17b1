/**
 * npm run bench: what Recount costs a page as the browser sees it. Each page is loaded, in turn
 * and N times each, without the extension (twice: the bench's own noise), with it, with mark.js
 * (its marks kept) and with the floor (a text-node walk and one number regex), each load under a
 * browser-level Chrome trace while a reader scrolls to the bottom and back. The figures are
 * differences against the load without the extension, per round, with their medians and spreads.
 * A benchmark, not a test: it asserts nothing; the README lists the targets and the latest figures.
 *   npm run bench [-- --quick [--large]] [-- --pages N] [-- --loads N] [-- --steps] [-- --no-build] [-- --no-extractor] [-- --ticker]
 * --quick: 2 loads, 4 corpus pages, and the AI-and-work pages but the two largest (--large adds them).
 * --ticker: only the idle page with a live ticker, N rounds (--loads) with and without Recount, interleaved
 * (its trace leaves out the sampling profiler: see IDLE_TRACE_CATEGORIES).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import type { PagePerf } from '../types/page-state.ts';
import { serve, tabIdOf } from '../tests/e2e/harness.ts';
import { writeBenchPages } from './bench-pages.ts';
import { floorInPage, markJsInPage, NUMBER_PATTERN } from './in-page.ts';
import { launchTraced, type TracedSession } from './traced-browser.ts';
import { IDLE_TRACE_CATEGORIES, loadCost, TRACE_CATEGORIES, type LoadCost, type TraceEvent } from './trace-metrics.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const CORPUS = join(SHARED, 'corpus/readability');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const numberArg = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 && Number.isFinite(Number(argv[i + 1])) ? Number(argv[i + 1]) : fallback;
};
/** Loads of each page per contender. */
const LOADS = numberArg('--loads', quick ? 2 : 5);
/**
 * Corpus pages measured: every k-th page in name order, so the sample spreads over the set. The
 * whole corpus, five loads of five contenders each, would take hours on two cores.
 */
const CORPUS_SAMPLE = numberArg('--pages', quick ? 4 : 12);
/** --quick leaves out the two largest pages (×100 and 5 MB), which take most of a run's time. */
const LARGE_PAGES = !quick || argv.includes('--large');
/** Scroll positions on the way down (and as many back up). */
const SCROLL_STEPS = quick ? 6 : 10;

if (!argv.includes('--no-build')) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build failed');
}
/** The content script's first stage (on every page) and its reader (where a page may be about AI and work). */
const CONTENT_JS = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const READER_JS = join(ROOT, '.output/chrome-mv3/content-reader.js');
const CARD_JS = join(ROOT, '.output/chrome-mv3/content-card.js');
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
const generated = mkdtempSync(join(tmpdir(), 'recount-bench-'));
writeBenchPages(generated, readFileSync(join(SHARED, 'seed/ai-work-debate.id.html'), 'utf8'));
const server = await serve({ corpus: CORPUS, seed: join(SHARED, 'seed'), demo: join(ROOT, 'assets/demo'), gen: generated });
// Two browsers: one with the extension, one without. Nothing may leave 127.0.0.1.
const withExt = await launchTraced(true);
const without = await launchTraced(false);
// The extension's own files (the content script's reader, imported at a per-session URL) are let through.
const allowed = (url: string): boolean => url.startsWith(server.origin) || url.startsWith('chrome-extension://');
for (const s of [withExt, without]) await s.context.route('**/*', (route) => (allowed(route.request().url()) ? route.continue() : route.abort()));
const EXT_ORIGIN = `chrome-extension://${withExt.extensionId}/`;
/**
 * Where the extension's code runs from: its own id, and for the content script's second stage a
 * per-session (dynamic) id. Recount is the only extension in the browser, so the scheme says it.
 */
const EXT_CODE = 'chrome-extension://';
declare const chrome: typeof import('wxt/browser').browser;

type Contender = 'base' | 'base2' | 'recount' | 'markjs' | 'floor';
const CONTENDERS: Contender[] = ['base', 'recount', 'markjs', 'floor', 'base2'];
interface Load extends LoadCost { messages: number; requestBytes: number; perf: PagePerf | null }
interface PageRun { page: string; group: 'corpus' | 'ai'; loads: Record<Contender, Load[]>; replyBytes: number; aiWork: boolean }

const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]! : NaN;
};
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const r1 = (x: number): number => Math.round(x * 10) / 10;
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Records every message the content scripts send the background (kept across worker restarts). */
async function messageLog(): Promise<{ count: number; bytes: number; last: number; messages: unknown[] }> {
  const w = await withExt.worker();
  return w.evaluate(() => {
    const g = globalThis as unknown as { __benchLog?: { count: number; bytes: number; last: number; messages: unknown[] } };
    if (!g.__benchLog) {
      const log = { count: 0, bytes: 0, last: 0, messages: [] as unknown[] };
      g.__benchLog = log;
      chrome.runtime.onMessage.addListener((m: unknown) => {
        log.count++;
        log.bytes += JSON.stringify(m).length;
        log.last = Date.now();
        log.messages.push(m);
        return undefined;
      });
    }
    const { count, bytes, last, messages } = g.__benchLog;
    return { count, bytes, last, messages };
  });
}
async function resetMessageLog(): Promise<void> {
  await messageLog();
  const w = await withExt.worker();
  await w.evaluate(() => {
    const log = (globalThis as unknown as { __benchLog: { count: number; bytes: number; last: number; messages: unknown[] } }).__benchLog;
    Object.assign(log, { count: 0, bytes: 0, last: 0, messages: [] });
  });
}

/** Waits until the extension has sent nothing for `quietMs` (asked of the background, not the page). */
async function extensionQuiet(page: Page, quietMs: number, maxMs = 90_000): Promise<void> {
  const until = Date.now() + maxMs;
  await page.waitForTimeout(quietMs);
  while (Date.now() < until) {
    const { last } = await messageLog();
    if (Date.now() - last >= quietMs) return;
    await page.waitForTimeout(200);
  }
}

async function traced(cdp: CDPSession, fn: () => Promise<void>, categories = TRACE_CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (p: { value: object[] }): void => void events.push(...(p.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories, excludedCategories: ['*'] } });
  try {
    await fn();
  } finally {
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Runs source text in a fresh isolated world of the page, the way a content script runs. */
async function inIsolatedWorld(cdp: CDPSession, expression: string): Promise<void> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `bench-${Math.random()}` });
  const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
}

/** A reader's scroll: down to the bottom in steps, then back to the top. */
async function scrollLikeAReader(page: Page, settle: () => Promise<void>): Promise<void> {
  const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight).catch(() => 0);
  for (const ys of [Array.from({ length: SCROLL_STEPS }, (_, i) => ((i + 1) / SCROLL_STEPS) * max), Array.from({ length: SCROLL_STEPS }, (_, i) => (1 - (i + 1) / SCROLL_STEPS) * max)]) {
    for (const y of ys) {
      await page.evaluate((to) => scrollTo(0, to), y).catch(() => undefined);
      await page.waitForTimeout(120);
    }
    await settle();
  }
}

async function perfOf(page: Page): Promise<PagePerf | null> {
  const tabId = await tabIdOf(withExt, page);
  const w = await withExt.worker();
  return w.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'recount:get-perf' }), tabId).catch(() => null) as Promise<PagePerf | null>;
}

async function loadOnce(url: string, who: Contender): Promise<Load> {
  const session = who === 'recount' ? withExt : without;
  if (who === 'recount') await resetMessageLog();
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const settle = who === 'recount' ? () => extensionQuiet(page, 800) : () => page.waitForTimeout(800);
  const events = await traced(session.tracer, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 }).catch(() => undefined);
    if (who === 'markjs') await inIsolatedWorld(cdp, `${MARK_JS};${markJsInPage(NUMBER_PATTERN)}`);
    if (who === 'floor') await inIsolatedWorld(cdp, floorInPage(NUMBER_PATTERN));
    await settle();
    await scrollLikeAReader(page, settle);
  });
  const cost = loadCost(events, EXT_CODE, url);
  let messages = 0;
  let requestBytes = 0;
  let perf: PagePerf | null = null;
  if (who === 'recount') {
    const log = await messageLog();
    messages = log.count;
    requestBytes = log.bytes;
    perf = await perfOf(page);
  }
  await cdp.detach().catch(() => undefined);
  await page.close();
  return { ...cost, messages, requestBytes, perf };
}

/** Bytes of the background's replies to the messages of one load, asked again from an extension page. */
async function replyBytes(messages: unknown[]): Promise<number> {
  if (messages.length === 0) return 0;
  const page = await withExt.context.newPage();
  await page.goto(`${EXT_ORIGIN}options.html`);
  const n = await page.evaluate(async (ms) => {
    let total = 0;
    for (const m of ms) total += JSON.stringify((await chrome.runtime.sendMessage(m)) ?? null).length;
    return total;
  }, messages);
  await page.close();
  return n;
}

async function measure(path: string, name: string, group: PageRun['group']): Promise<PageRun> {
  const url = `${server.origin}/${path}`;
  const loads = { base: [], base2: [], recount: [], markjs: [], floor: [] } as Record<Contender, Load[]>;
  let replies = 0;
  for (let i = 0; i < LOADS; i++) {
    // Interleaved, so that a slow spell of the machine falls on every contender alike.
    for (const who of CONTENDERS) {
      loads[who].push(await loadOnce(url, who));
      if (who === 'recount' && i === 0) replies = await replyBytes((await messageLog()).messages);
    }
  }
  const aiWork = loads.recount.some((l) => l.perf?.isAiWork);
  const run: PageRun = { page: name, group, loads, replyBytes: replies, aiWork };
  const d = diffs(run, 'recount');
  process.stderr.write(`${name}: recount +${r1(median(d))} ms, mark.js +${r1(median(diffs(run, 'markjs')))} ms, noise ${r1(median(diffs(run, 'base2')))} ms\n`);
  return run;
}

/** Per round: the contender's main-thread cost minus that round's load without the extension. */
const diffs = (run: PageRun, who: Contender): number[] => run.loads[who].map((l, i) => l.mainMs - (run.loads.base[i]?.mainMs ?? NaN));
const pageMedian = (run: PageRun, who: Contender): number => median(diffs(run, who));
/** Totals over pages, per round: their median and range. */
function total(runs: PageRun[], who: Contender): { median: number; lo: number; hi: number } {
  const perRound = Array.from({ length: LOADS }, (_, i) => sum(runs.map((r) => diffs(r, who)[i] ?? NaN)));
  return { median: sum(runs.map((r) => pageMedian(r, who))), lo: Math.min(...perRound), hi: Math.max(...perRound) };
}

if (argv.includes('--ticker')) {
  const rounds: { without: number; with: number }[] = [];
  for (let i = 0; i < LOADS; i++) rounds.push({ without: await idleCost(without), with: await idleCost(withExt) });
  const w = median(rounds.map((r) => r.without));
  const x = median(rounds.map((r) => r.with));
  console.log(`idle page with a live ticker in its article, ms of main thread per second, ${LOADS} rounds: without Recount ${rounds.map((r) => r2(r.without)).join(', ')}; with it ${rounds.map((r) => r2(r.with)).join(', ')}`);
  console.log(`median: ${r2(w)} without, ${r2(x)} with (${r2(x / w)}×)`);
  console.log(JSON.stringify({ ticker_idle_ms_per_s: { without: r2(w), with: r2(x), ratio: r2(x / w) } }));
  for (const s of [withExt, without]) await s.close();
  await server.close();
  rmSync(generated, { recursive: true, force: true });
  process.exit(0);
}

const started = Date.now();
const corpusPages = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
const stride = Math.max(1, Math.floor(corpusPages.length / CORPUS_SAMPLE));
const sampled = corpusPages.filter((_, i) => i % stride === 0).slice(0, CORPUS_SAMPLE);
const runs: PageRun[] = [];
for (const name of sampled) runs.push(await measure(`corpus/${name}/source.html`, name, 'corpus'));
for (const [path, name] of [
  ['seed/ai-work-debate.id.html', 'seed'], ['demo/ai-work.id.html', 'demo-id'], ['demo/ai-work.en.html', 'demo-en'],
  ['gen/seed-x10.html', 'seed×10'], ...(LARGE_PAGES ? [['gen/seed-x100.html', 'seed×100'], ['gen/five-mb.html', '5 MB']] : []),
] as const) runs.push(await measure(path, name, 'ai'));

/**
 * A hostile page: an article about AI and work with a ticker inside it that rewrites itself four
 * times a second. What the idle page costs per second, with and without Recount, once loaded.
 */
async function idleCost(session: TracedSession): Promise<number> {
  const page = await session.context.newPage();
  const url = `${server.origin}/gen/live-ticker.html`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const t0 = Date.now();
  const events = await traced(session.tracer, () => page.waitForTimeout(10_000), IDLE_TRACE_CATEGORIES);
  const seconds = (Date.now() - t0) / 1000;
  await page.close();
  return loadCost(events, EXT_CODE, url).mainMs / seconds;
}
const ticker = { without: await idleCost(without), with: await idleCost(withExt) };
const benchMinutes = (Date.now() - started) / 60000;

await withExt.close();
await without.close();
await server.close();
rmSync(generated, { recursive: true, force: true });

// Extractor throughput against Recognizers-Text, on the corpus text.
let extractor: { extractor_over_recognizers?: number } = {};
if (!argv.includes('--no-extractor')) {
  const { benchExtractor, corpusTexts } = await import('./extractor-bench.ts');
  extractor = await benchExtractor(await corpusTexts(), { recognizersBudgetSeconds: quick ? 10 : 60 });
}

// ------------------------------------------------------------------ report
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const spread = (xs: number[]): string => `${r1(quantile(xs, 0.25))}…${r1(quantile(xs, 0.75))}`;
console.log(`\nDifferential main-thread cost per page, ms: median of ${LOADS} interleaved loads minus the load without the extension (interquartile range)`);
const cols = ['no ext', 'noise', 'Recount', 'mark.js', 'floor', 'ext JS', 'max ext task', 'SW cpu', 'msgs', 'kB to/from SW'];
console.log(`${'page'.padEnd(26)}${cols.map((c, i) => pad(c, i >= 1 && i <= 4 ? 20 : 14)).join('')}  AI&work`);
for (const r of runs) {
  const cell = (who: Contender): string => pad(`${r1(pageMedian(r, who))} (${spread(diffs(r, who))})`, 20);
  const rec = r.loads.recount;
  console.log(
    `${r.page.slice(0, 25).padEnd(26)}${pad(r1(median(r.loads.base.map((l) => l.mainMs))), 14)}${cell('base2')}${cell('recount')}${cell('markjs')}${cell('floor')}` +
      `${pad(r1(median(rec.map((l) => l.extScriptMs))), 14)}${pad(r1(Math.max(...rec.map((l) => l.maxExtTaskMs))), 14)}${pad(r1(median(rec.map((l) => l.swCpuMs))), 14)}` +
      `${pad(median(rec.map((l) => l.messages)), 14)}${pad(`${r1(median(rec.map((l) => l.requestBytes)) / 1024)}/${r1(r.replyBytes / 1024)}`, 14)}  ${r.aiWork ? 'yes' : ''}`,
  );
  if (argv.includes('--steps')) {
    const perf = rec.at(-1)?.perf;
    console.log(`${''.padEnd(30)}self-timed (diagnostic): ${perf?.workMs ?? '?'} ms in ${perf?.steps ?? '?'} steps, longest ${perf?.maxTaskMs ?? '?'}; ${Object.entries(perf?.byStep ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
// What the differential is made of: main-thread time by kind, Recount minus the load without it.
const kinds = [...new Set(runs.flatMap((r) => r.loads.recount.flatMap((l) => Object.keys(l.byKind))))].sort();
const kindDiff = (rs: PageRun[], who: Contender, k: string): number => sum(rs.map((r) => median(r.loads[who].map((l, i) => (l.byKind[k] ?? 0) - (r.loads.base[i]?.byKind[k] ?? 0)))));
const corpus = runs.filter((r) => r.group === 'corpus');
const ai = runs.filter((r) => r.group === 'ai');
for (const [label, rs] of [['corpus sample', corpus], ['AI-and-work pages', ai]] as const) {
  console.log(`${label}, by kind of work (Recount | mark.js minus no extension; kinds nest): ${kinds.map((k) => `${k} ${r1(kindDiff(rs, 'recount', k))} | ${r1(kindDiff(rs, 'markjs', k))}`).join(', ')}`);
}

const notRelevant = corpus.filter((r) => !r.aiWork);
const corpusPerPage = notRelevant.map((r) => pageMedian(r, 'recount'));
const cTotal = total(corpus, 'recount');
const cFloor = total(corpus, 'floor');
const aTotal = total(ai, 'recount');
const aMark = total(ai, 'markjs');
const aFloor = total(ai, 'floor');
const noise = total(runs, 'base2');
const allRecount = runs.flatMap((r) => r.loads.recount);
const maxExtTask = Math.max(...allRecount.map((l) => l.maxExtTaskMs));
const maxExtTaskCpu = Math.max(...allRecount.map((l) => l.maxExtTaskCpuMs));
const longest = runs.flatMap((r) => r.loads.recount.map((l) => ({ page: r.page, l }))).sort((a, b) => b.l.maxExtTaskMs - a.l.maxExtTaskMs)[0];
const swCpu = sum(runs.map((r) => median(r.loads.recount.map((l) => l.swCpuMs))));
const extScript = sum(runs.map((r) => median(r.loads.recount.map((l) => l.extScriptMs))));
const gzipOf = (file: string): number => (existsSync(file) ? gzipSync(readFileSync(file)).length / 1024 : NaN);
const gzipKb = gzipOf(CONTENT_JS);
const readerGzipKb = gzipOf(READER_JS);
const cardGzipKb = gzipOf(CARD_JS);
const range = (t: { median: number; lo: number; hi: number }): string => `${r1(t.median)} ms (per-round totals ${r1(t.lo)}…${r1(t.hi)})`;
console.log(`\ncorpus: ${corpus.length} of ${corpusPages.length} pages (every ${stride}th in name order), ${notRelevant.length} judged not about AI and work: Recount +${r1(median(corpusPerPage))} ms per page (median; interquartile ${spread(corpusPerPage)}); in all ${range(cTotal)}, the floor ${range(cFloor)}`);
console.log(`AI-and-work pages (${ai.length}): Recount ${range(aTotal)}; mark.js, marks kept, ${range(aMark)}; the floor ${range(aFloor)}`);
console.log(`the bench's own noise (a second load without the extension, minus the first), all ${runs.length} pages: ${range(noise)}`);
console.log(`script traced to the extension's URL: ${r1(extScript)} ms; longest task running extension code: ${r1(maxExtTask)} ms wall time, ${r1(maxExtTaskCpu)} ms in CPU time; the background's CPU: ${r1(swCpu)} ms`);
if (longest) console.log(`the longest task running extension code, on ${longest.page}: ${longest.l.maxExtTaskWhat}`);
console.log(`idle page with a live ticker in its article: ${r2(ticker.without)} ms of main thread per second without Recount, ${r2(ticker.with)} with it (${r2(ticker.with / ticker.without)}×)`);
console.log(`content script ${r2(gzipKb)} kB gzipped (its reader, loaded where a page may be about AI and work, ${r2(readerGzipKb)} kB; the card's UI, loaded when a card is first opened, ${r2(cardGzipKb)} kB); ${LOADS} loads × ${CONTENDERS.length} contenders × ${runs.length} pages in ${r1(benchMinutes)} min`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(
  JSON.stringify({
    pages: runs.length,
    corpus_cost_ms_per_page_median: r2(median(corpusPerPage)),
    ai_cost_ms: r1(aTotal.median),
    markjs_ai_cost_ms: r1(aMark.median),
    ai_cost_over_markjs: r2(aTotal.median / aMark.median),
    corpus_cost_over_floor: r2(cTotal.median / cFloor.median),
    ai_cost_over_floor: r2(aTotal.median / aFloor.median),
    max_ext_task_ms: r1(maxExtTask),
    max_ext_task_cpu_ms: r1(maxExtTaskCpu),
    sw_cpu_ms: r1(swCpu),
    content_js_gzip_kb: r2(gzipKb),
    reader_js_gzip_kb: r2(readerGzipKb),
    card_js_gzip_kb: r2(cardGzipKb),
    extractor_over_recognizers: extractor.extractor_over_recognizers ?? null,
    noise_ms: r1(noise.median),
    ext_script_ms: r1(extScript),
    quick,
    ticker_idle_ms_per_s: { without: r2(ticker.without), with: r2(ticker.with) },
  }),
);
