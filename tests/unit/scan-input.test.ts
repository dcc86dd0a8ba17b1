/**
 * What the scanner reads and refuses: binary files and oversized HTML get a clear reason; text in
 * UTF-8 (with or without a BOM) or UTF-16 is read; long text streams through in chunks that cut at
 * line breaks and give the same claims as the text read whole. A reader that stops reading ends the
 * scan quietly, and a source whose page gives no date is named without one.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, MAX_HTML_BYTES, openInput, readTextChunks, TEXT_CHUNK_CHARS } from '../../cli/read-input.ts';
import { scanFile, type ReportSink } from '../../cli/scan.ts';
import { analyzeText } from '../../core/analyze-text.ts';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'recount-scan-input-'));
const DEMO_TEXT = readFileSync(join(ROOT, 'tests/fixtures/pages/ai-work-short.en.html'), 'utf8').replace(/<[^>]+>/g, '\n');
const run = promisify(execFile);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scan = (...args: string[]) => run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/scan.ts'), ...args], { cwd: ROOT });

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect(path: string, chunkChars?: number) {
  const claims: { text: string; start: number; end: number; factId: string | null; attribution: { start: number; end: number; text: string } | null }[] = [];
  let lang = '';
  const sink: ReportSink = {
    head: async (h) => {
      lang = h.lang;
    },
    claim: async (c) => {
      claims.push({ text: c.text, start: c.start, end: c.end, factId: c.match?.factId ?? null, attribution: c.match?.attribution ?? null });
    },
    end: async () => undefined,
  };
  await scanFile(path, null, sink, chunkChars);
  return { lang, claims };
}

describe('the scanner input', () => {
  it('refuses a binary file with a clear reason and goes on with the next file', async () => {
    const binary = file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const text = file('ok.txt', 'AI may change 40% of jobs, the fund said.\n');
    await expect(openInput(binary)).rejects.toThrow(InputError);
    const result = await scan('--json', binary, text).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toContain(`cannot read ${binary}: not a text or HTML file`);
    expect(JSON.parse((result as { stdout: string }).stdout).claims.length).toBeGreaterThan(0);
  }, 30_000); // starts the CLI in a process of its own

  it('ends quietly, with no stack trace, when the reader closes the pipe early (`| head`)', async () => {
    // Enough claims that the scan is still writing when the pipe closes after its first line.
    const long = file('long.txt', `${DEMO_TEXT}\n`.repeat(200));
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'cli/scan.ts'), long, long, long], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000); // starts the CLI in a process of its own

  it('names a source with no date on its page without a made-up one in the text output', async () => {
    const path = file('mills.txt', [
      'AI dan masa depan pekerjaan: otomatisasi, PHK dan jam kerja',
      'Kecerdasan buatan (AI) akan mengubah pekerjaan dan jam kerja para pekerja, kata para ekonom. Otomatisasi sudah menggantikan sebagian pekerjaan pabrik.',
      'Pada masa Revolusi Industri, buruh pabrik tekstil di Inggris bekerja sampai enam belas jam sehari, dan mesin mengubah pekerjaan mereka.',
    ].join('\n\n') + '\n');
    const { stdout } = await scan(path);
    const source = stdout.split('\n').find((l) => l.includes('source:') && l.includes('Vernon'));
    expect(source).toBeDefined();
    expect(source).not.toMatch(/\(null\)|undefined/);
  }, 30_000); // starts the CLI in a process of its own

  it('refuses HTML over the size limit, naming the limit', async () => {
    const path = file('huge.html', `<!doctype html><html><body><p>${'word '.repeat(MAX_HTML_BYTES / 5)}</p>`);
    await expect(openInput(path)).rejects.toThrow(/over the 20\.0 MB limit/);
  });

  it('reads UTF-8 with a BOM and UTF-16 text as text', async () => {
    const sentence = 'Perusahaan itu memangkas 1.500 pekerja karena otomatisasi.\n';
    const utf8 = file('bom.txt', '\ufeff' + sentence);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]);
    const utf16 = file('utf16.txt', le);
    for (const path of [utf8, utf16]) {
      const { claims } = await collect(path);
      expect(claims.map((c) => c.text), path).toEqual(['1.500 pekerja']);
      expect(claims[0]!.start, path).toBe(sentence.indexOf('1.500'));
    }
  });

  it('streams long text in chunks cut at line breaks, with the same claims as the whole text', async () => {
    // Small chunks keep the test quick; the cut works the same at the real size.
    const chunkChars = Math.ceil(DEMO_TEXT.length / 2);
    const whole = Array.from({ length: 5 }, () => DEMO_TEXT).join('\n');
    const path = file('long.txt', whole);
    const chunks: string[] = [];
    for await (const chunk of readTextChunks(path, 'utf-8', 0, chunkChars)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThanOrEqual(8);
    expect(TEXT_CHUNK_CHARS).toBeGreaterThan(chunkChars);
    expect(chunks.join('')).toBe(whole);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n')).toBe(true);
    const streamed = await collect(path, chunkChars);
    const read = analyzeText(whole, { index: bundledIndex() });
    expect(streamed.lang).toBe(read.lang);
    expect(streamed.claims.map(({ text, start, end }) => ({ text, start, end }))).toEqual(read.claims.map((c) => ({ text: c.text, start: c.start, end: c.end })));
  });

  it('reads a source named in the headline and lede as the source of a figure in any later chunk', async () => {
    // Own sentences: the fund is named only at the top.
    const top = 'What the International Monetary Fund found about AI and jobs\nA new analysis by the IMF looks at how artificial intelligence reaches work.\n';
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} tells how one office changed its routines, one meeting at a time.\n`).join('');
    const whole = `${top}${filler}In advanced economies, 60% of jobs are exposed to AI, the analysis finds.\n`;
    const path = file('lede.txt', whole);
    const { claims } = await collect(path, 1_000);
    const sixty = claims.find((c) => c.text.startsWith('60%'))!;
    expect(sixty.start).toBeGreaterThan(3_000);
    expect(sixty.factId).toBe('imf-ai-exposure-40-60');
    // The attribution's offsets are the name's in the whole text, at its top.
    expect(sixty.attribution!.start).toBeLessThan(top.length);
    expect(whole.slice(sixty.attribution!.start, sixty.attribution!.end)).toBe(sixty.attribution!.text);
  });
});
