/**
 * Throughput of the number/claim extractor, side by side with Microsoft Recognizers-Text.
 *
 *   npx tsx bench/extractor-bench.ts [--budget SECONDS]
 *
 * Run alone, it reads the text of the saved pages in ../shared/corpus/readability/<page>/source.html
 * and prints MB/s for both, their ratio and timings at 1×, 4× and 16× the text (the cost should grow
 * linearly), then one JSON line with the numbers.
 *
 * How the comparison is made fair:
 * - Both run on the same English text, cut into the same chunks (paragraphs, split at sentence ends
 *   to at most CHUNK_CHARS characters). Recognizers is made for short utterances and its currency
 *   model grows faster than linearly with input length (a 2.5 kB input takes seconds, 16 kB minutes),
 *   so whole pages would measure that, not its throughput. Chunking favours Recognizers.
 * - Recognizers runs the three models the extractor covers (number, percentage, currency), with
 *   Culture.English. Its speed is measured on as many chunks as fit in a time budget (taken evenly
 *   across pages); the extractor is timed on exactly those chunks.
 * - Recognizers runs in a worker thread: its heap grows large, and in the same heap its garbage
 *   would slow the extractor's collections down (measured: about 5× slower right after it).
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findNumberMentions } from '../core/claims/find-number-mentions.ts';
import { findNumberMentionsInSlices, PATHOLOGICAL } from './scan-in-slices.ts';
import { detectLanguage } from '../core/lang/detect-language.ts';
import { splitSentences } from '../core/text/split-sentences.ts';

export interface BenchText {
  text: string;
  lang: string;
}

export type BenchResult = {
  extractor_mb_s: number;
  recognizers_mb_s: number;
  extractor_over_recognizers: number;
  scaling: { factor: number; ms: number }[];
  /** Pathological input: time for 1 MB over time for 250 kB (linear cost: about 4). */
  pathological: { input: string; ratio: number }[];
};

export interface BenchOptions {
  /** Seconds Recognizers may run; its rate is measured on the chunks done by then. */
  recognizersBudgetSeconds?: number;
  /** Print progress and results. */
  log?: boolean;
}

const CHUNK_CHARS = 1000;
const MB = 1e6;

/** Paragraphs, cut at sentence ends so that no chunk is much longer than CHUNK_CHARS; short ones are not merged. */
function chunksOf(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const p = paragraph.trim();
    if (!p) continue;
    if (p.length <= CHUNK_CHARS) {
      out.push(p);
      continue;
    }
    let current = '';
    for (const s of splitSentences(p)) {
      const sentence = p.slice(s.start, s.end);
      if (current && current.length + sentence.length + 1 > CHUNK_CHARS) {
        out.push(current);
        current = '';
      }
      current = current ? `${current} ${sentence}` : sentence;
    }
    if (current) out.push(current);
  }
  return out;
}

/** Chunks taken in turn from each text, so a time budget samples every page, not only the first ones. */
function interleave(lists: string[][]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

const bytes = (texts: string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

function timeExtractor(chunks: string[], lang: string): number {
  const t0 = performance.now();
  let found = 0;
  for (const c of chunks) found += findNumberMentions(c, { lang }).length;
  const ms = performance.now() - t0;
  if (found < 0) console.log(found); // keep the work observable
  return ms;
}

/** Scans a whole text the way the extension does (slices cut at line breaks) and returns milliseconds. */
function timeWholeText(text: string, lang: string): number {
  const t0 = performance.now();
  let found = 0;
  for (const slice of findNumberMentionsInSlices(text, { lang })) found += slice.length;
  const ms = performance.now() - t0;
  if (found < 0) console.log(found);
  return ms;
}

/**
 * Recognizers in a worker thread: warms up on a few chunks, then runs the three models on chunks in
 * order until the budget is spent. Returns how many chunks it did and the time they took.
 */
function runRecognizers(chunks: string[], budgetMs: number): Promise<{ done: number; ms: number }> {
  const suite = createRequire(import.meta.url).resolve('@microsoft/recognizers-text-suite');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { Culture, recognizeNumber, recognizePercentage, recognizeCurrency } = require(workerData.suite);
    const all = (c) => { recognizeNumber(c, Culture.English); recognizePercentage(c, Culture.English); recognizeCurrency(c, Culture.English); };
    for (const c of workerData.chunks.slice(0, 3)) all(c);
    let ms = 0, done = 0;
    for (const c of workerData.chunks) {
      const t0 = performance.now();
      all(c);
      ms += performance.now() - t0;
      done++;
      if (ms > workerData.budgetMs) break;
    }
    parentPort.postMessage({ done, ms });
  `;
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { chunks, budgetMs, suite } });
    worker.once('message', (m: { done: number; ms: number }) => {
      resolvePromise(m);
      worker.terminate().catch(() => undefined); // the answer is in; a failed stop changes nothing
    });
    worker.once('error', reject);
  });
}

export async function benchExtractor(texts: BenchText[], options: BenchOptions = {}): Promise<BenchResult> {
  const budgetMs = (options.recognizersBudgetSeconds ?? 60) * 1000;
  const log = options.log ? (s: string) => console.log(s) : () => {};
  const english = texts.filter((t) => t.lang === 'en');
  const chunks = interleave(english.map((t) => chunksOf(t.text)));

  // Recognizers: as many chunks as fit in the budget.
  const rt = chunks.length > 0 ? await runRecognizers(chunks, budgetMs) : { done: 0, ms: 0 };
  const rtMs = rt.ms;
  // With no English text, the extractor is timed alone on all the text.
  const done = rt.done > 0 ? chunks.slice(0, rt.done) : interleave(texts.map((t) => chunksOf(t.text)));
  const sampleBytes = bytes(done);
  const recognizers_mb_s = rtMs > 0 ? sampleBytes / MB / (rtMs / 1000) : 0;
  log(`Recognizers-Text (number + percentage + currency, English): ${done.length} of ${chunks.length} chunks, ${(sampleBytes / 1024).toFixed(0)} kB in ${(rtMs / 1000).toFixed(1)} s`);

  // The extractor on exactly the same chunks: warmed up for a second (the JIT compiles it as Recognizers'
  // own warm-up and long run compile Recognizers), then repeated for at least a second to time well.
  const sampleLang = english.length > 0 ? 'en' : (texts[0]?.lang ?? 'en');
  for (let warm = 0, i = 0; warm < 1000 && i < 1000; i++) warm += timeExtractor(done, sampleLang);
  let exMs = 0;
  let rounds = 0;
  while ((exMs < 1000 && rounds < 10_000) || rounds < 3) {
    exMs += timeExtractor(done, sampleLang);
    rounds++;
  }
  const extractor_mb_s = exMs > 0 ? (sampleBytes * rounds) / MB / (exMs / 1000) : 0;
  log(`extractor on the same chunks: ${rounds} rounds in ${exMs.toFixed(0)} ms`);

  // Linear cost: all given texts (every language) joined, at 1×, 4× and 16×.
  const all = texts.map((t) => t.text).join('\n\n');
  const langOfAll = english.length >= texts.length / 2 ? 'en' : (texts[0]?.lang ?? 'en');
  const scaling: { factor: number; ms: number }[] = [];
  timeWholeText(all, langOfAll);
  timeWholeText(all, langOfAll);
  for (const factor of [1, 4, 16]) {
    const big = Array.from({ length: factor }, () => all).join('\n\n');
    scaling.push({ factor, ms: Math.round(timeWholeText(big, langOfAll) * 10) / 10 });
  }
  const wholeMbS = bytes([all]) / MB / ((scaling[0]?.ms ?? 1) / 1000);
  log(`extractor on whole texts (all ${texts.length}, every language): ${(bytes([all]) / MB).toFixed(2)} MB at ${wholeMbS.toFixed(1)} MB/s`);

  const pathological = PATHOLOGICAL.map(([name, unit, lang]) => {
    const quarter = unit.repeat(Math.floor(250_000 / unit.length));
    findNumberMentions(quarter.slice(0, 20_000), { lang });
    const quarterMs = timeExtractor([quarter], lang);
    return { input: `${name} (${lang})`, ratio: round(timeExtractor([quarter.repeat(4)], lang) / quarterMs) };
  });
  log(`pathological input, 1 MB over 250 kB: ${pathological.map((p) => `${p.input} ${p.ratio}×`).join(', ')}`);

  return {
    pathological,
    extractor_mb_s: round(extractor_mb_s),
    recognizers_mb_s: round(recognizers_mb_s),
    extractor_over_recognizers: recognizers_mb_s > 0 ? round(extractor_mb_s / recognizers_mb_s) : Infinity,
    scaling,
  };
}

const round = (n: number): number => Number(n.toPrecision(4));

// ---------------------------------------------------------------- standalone run

/** Visible text of an HTML page: scripts, styles and tags removed, common entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/section|\/article|\/blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

export async function loadCorpusTexts(corpusDir: string): Promise<BenchText[]> {
  const pages = (await readdir(corpusDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const out: BenchText[] = [];
  for (const page of pages) {
    let html: string;
    try {
      html = await readFile(join(corpusDir, page, 'source.html'), 'utf8');
    } catch {
      continue;
    }
    const langAttr = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? null;
    const text = htmlToText(html);
    out.push({ text, lang: detectLanguage(langAttr, text) });
  }
  return out;
}

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/readability');

/** The text of the saved pages in ../shared/corpus/readability, with their language. */
export function corpusTexts(): Promise<BenchText[]> {
  return loadCorpusTexts(CORPUS);
}

async function main(argv: string[]): Promise<void> {
  const budgetArg = argv.indexOf('--budget');
  const budget = budgetArg >= 0 ? Number(argv[budgetArg + 1]) : 60;
  const texts = await corpusTexts();
  const english = texts.filter((t) => t.lang === 'en');
  console.log(`${texts.length} pages, ${(bytes(texts.map((t) => t.text)) / MB).toFixed(2)} MB of text; ${english.length} English pages`);
  const r = await benchExtractor(texts, { recognizersBudgetSeconds: budget, log: true });
  console.log(`extractor:      ${r.extractor_mb_s} MB/s`);
  console.log(`recognizers:    ${r.recognizers_mb_s} MB/s`);
  console.log(`ratio:          ${r.extractor_over_recognizers}×`);
  for (const s of r.scaling) console.log(`scaling ${String(s.factor).padStart(2)}×:    ${s.ms} ms (${(s.ms / s.factor).toFixed(1)} ms per 1×)`);
  console.log(JSON.stringify(r));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
