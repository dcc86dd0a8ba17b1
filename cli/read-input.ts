/**
 * What the scanner reads, and what it refuses. HTML is parsed whole by jsdom, so it has a size
 * limit; plain text of any size is read as a stream, in chunks that end at a line break, so memory
 * stays bounded. Files that are not text are refused with a clear reason instead of being read.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';

/** jsdom needs many times a page's size in memory: a news page is well under this. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;
/** Plain text is analysed this much at a time (cut back to the last line break). */
export const TEXT_CHUNK_CHARS = 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export class InputError extends Error {}

export type Input = { kind: 'html'; text: string } | { kind: 'text'; chunks: AsyncIterable<string> };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function sniffEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Text has no NUL bytes and decodes cleanly (a multi-byte character cut at the end is allowed). */
function looksLikeText(head: Uint8Array, encoding: Encoding, bom: number): boolean {
  if (encoding !== 'utf-8') return head.length % 2 === 0 || head.length === SNIFF_BYTES;
  const body = head.subarray(bom);
  if (body.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isHtml(file: string, head: string): boolean {
  const ext = extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm' || /^\s*<(!doctype\s+html|html[\s>])/i.test(head);
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function openInput(file: string, chunkChars = TEXT_CHUNK_CHARS): Promise<Input> {
  const info = await stat(file);
  if (info.isDirectory()) throw new InputError('is a directory');
  const handle = await open(file, 'r');
  let head: Uint8Array;
  try {
    const buffer = new Uint8Array(Math.min(SNIFF_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const { encoding, bom } = sniffEncoding(head);
  if (!looksLikeText(head, encoding, bom)) throw new InputError('not a text or HTML file (it holds binary data)');
  const headText = new TextDecoder(encoding).decode(head.subarray(bom));
  if (isHtml(file, headText)) {
    if (info.size > MAX_HTML_BYTES) {
      throw new InputError(`HTML of ${mb(info.size)} is over the ${mb(MAX_HTML_BYTES)} limit; save the article alone, or its text as a .txt file`);
    }
    return { kind: 'html', text: await readAllText(file, encoding, bom) };
  }
  return { kind: 'text', chunks: readTextChunks(file, encoding, bom, chunkChars) };
}

async function readAllText(file: string, encoding: Encoding, bom: number): Promise<string> {
  let text = '';
  for await (const part of decodeStream(file, encoding, bom)) text += part;
  return text;
}

async function* decodeStream(file: string, encoding: Encoding, bom: number): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const bytes of createReadStream(file, { start: bom })) yield decoder.decode(bytes as Buffer, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Chunks of about `chunkChars` that end at a line break, so no sentence is cut in two. */
export async function* readTextChunks(file: string, encoding: Encoding = 'utf-8', bom = 0, chunkChars = TEXT_CHUNK_CHARS): AsyncGenerator<string> {
  let pending = '';
  for await (const part of decodeStream(file, encoding, bom)) {
    pending += part;
    while (pending.length >= chunkChars) {
      const cut = pending.lastIndexOf('\n', chunkChars);
      const end = cut > 0 ? cut + 1 : chunkChars;
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending) yield pending;
}
