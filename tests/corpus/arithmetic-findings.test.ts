/**
 * The article's own arithmetic on every real page we have: the 130 pages of Readability's test set
 * and the labelled news pages, whatever the gates say. Every finding is listed, and the list must be
 * exactly the one judged below: the two slips the news pages carry from real reporting, and nothing
 * a careful reader would call wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../../core/arithmetic/check-arithmetic.ts';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { attachEarlier, textBefore } from '../../core/arithmetic/chunk-arithmetic.ts';
import { ReadingService, type ClaimReply } from '../../extension/reading-service.ts';
import { readDocument } from '../../page/read-document.ts';
import { TextReader } from '../../page/project-text.ts';
import { ChunkContext } from '../../page/reading-plan.ts';
import { CORPUS, corpusPages, SHARED } from './shared-paths.ts';

const NEWS = join(SHARED, 'corpus/news-dev/pages');

/**
 * Each finding as `page: figure → note`, with a reader's judgement of it.
 * - The data-centre page: capacity "meningkat dari 430 megawatt" to 936 megawatt is growth of about
 *   118%, not "lebih dari 210 persen" (936 is about 218% OF 430: the article turned a ratio into growth).
 * - The textile layoffs page: the five units listed add up to 10,669, while the article (headline
 *   and lead) states 10.665. The later "10.965" total adds 300 other workers to it and is not this
 *   list's total, so it is rightly not flagged.
 */
const JUDGED = [
  'news-dev/id-pusat-data-batam-936-megawatt.html: lebih dari 210 persen → 936 megawatt adalah 118% di atas 430 megawatt, bukan lebih dari 210 persen',
  'news-dev/id-sritex-tutup-phk-10665.html: 10.665 karyawan → 1.065 + 8.504 + 956 + 40 + 104 = 10.669, bukan 10.665',
];

describe('the article checks itself, on every real page', () => {
  const pages = [
    ...corpusPages().map((name) => ({ name: `readability/${name}`, file: join(CORPUS, name, 'source.html') })),
    ...(existsSync(NEWS) ? readdirSync(NEWS).filter((f) => f.endsWith('.html')).sort() : []).map((f) => ({ name: `news-dev/${f}`, file: join(NEWS, f) })),
  ];
  const findings: string[] = [];
  const chunked: string[] = [];
  const checked: Record<string, number> = {};
  const service = new ReadingService(async () => []);

  /** The page read the way the extension reads it: chunks of about 3,000 characters, each checked with the end of the one before. */
  async function readInChunks(body: Element, lang: string): Promise<{ text: string; claims: ClaimReply[] }[]> {
    const reader = new TextReader(body, 3_000);
    const chunks: { projection: { text: string }; claims: ClaimReply[] }[] = [];
    const contexts = new ChunkContext();
    while (!reader.done) {
      const projection = reader.read(100_000);
      if (!projection) continue;
      const prev = chunks[chunks.length - 1] ?? null;
      const context = contexts.next(projection.text);
      const before = prev ? textBefore(prev.projection.text) : '';
      const { claims, earlier } = await service.claims(projection.text, context, lang, before);
      attachEarlier(prev, before, earlier);
      chunks.push({ projection, claims });
    }
    return chunks.map((c) => ({ text: c.projection.text, claims: c.claims }));
  }

  it('reads all 130 corpus pages and the news pages, whole and in chunks', async () => {
    expect(pages.filter((p) => p.name.startsWith('readability/'))).toHaveLength(130);
    expect(pages.filter((p) => p.name.startsWith('news-dev/')).length).toBeGreaterThanOrEqual(40);
    for (const { name, file } of pages) {
      const dom = new JSDOM(readFileSync(file, 'utf8'), { virtualConsole: new VirtualConsole() });
      const a = readDocument(dom.window.document, bundledIndex());
      for (const c of a.claims) for (const k of c.checks ?? []) findings.push(`${name}: ${c.text} → ${k.note}`);
      checkArithmetic(a.projection.text, a.claims, a.lang, checked);
      if (a.body) for (const chunk of await readInChunks(a.body, a.lang)) for (const c of chunk.claims) for (const k of c.checks ?? []) chunked.push(`${name}: ${c.text} → ${k.note}`);
      dom.window.close();
    }
    console.log(`relations checked: ${Object.entries(checked).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`findings (${findings.length}):\n${findings.map((f) => `  ${f}`).join('\n')}`);
    // The check is not idle: relations of every kind but the rarest are met and found consistent.
    expect(checked.change ?? 0).toBeGreaterThan(0);
    expect(checked.list ?? 0).toBeGreaterThan(0);
  });

  it('finds the two slips the news pages carry', () => {
    expect(findings.some((f) => f.startsWith('news-dev/id-sritex-tutup-phk-10665.html: 10.665') && f.includes('= 10.669'))).toBe(true);
    expect(findings.some((f) => f.startsWith('news-dev/id-pusat-data-batam-936-megawatt.html: lebih dari 210 persen'))).toBe(true);
  });

  it('finds nothing else: every finding is one judged correct', () => {
    expect(findings).toEqual(JUDGED);
  });

  it('finds the same when the page is read in chunks, as the extension reads it', () => {
    expect(chunked).toEqual(findings);
  });
});
