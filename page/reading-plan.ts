/**
 * How a page is read, in numbers and small rules shared by the extension's content script and
 * the CLI's reader; a module of its own so the content script does not pull in the extractor.
 */
import { headlineAndLede, lineContext, type ReadContext } from '../core/text/read-context.ts';
import type { AiWorkVerdict } from '../core/topic/detect-ai-work.ts';
import type { Projection } from './project-text.ts';

/** The line before a chunk is kept to at most this much (the sentence before its first claim). */
const LINE_CHARS = 1_500;

/**
 * The text each chunk of an article is matched with, chunk after chunk: nothing for the first;
 * for each later one, the headline and lede (the first chunk's) and the line before the chunk.
 * So a source named at the top is the source of a figure in any chunk, and the first claim of a
 * chunk has the sentence before it.
 */
export class ChunkContext {
  private lede: string | null = null;
  private line = '';
  private at = 0;

  /** The context for `chunk`, read next; remembers the chunk as read. */
  next(chunk: string): ReadContext {
    const context = this.lede === null ? { text: '', lede: 0, at: 0 } : { ...joinContext(this.lede, this.line), at: this.at };
    this.lede ??= headlineAndLede(chunk);
    this.line = lastLine(chunk).slice(-LINE_CHARS);
    this.at += chunk.length;
    return context;
  }
}

/** The lede, then the line before the chunk on a line of its own (the lede alone when the line is its end). */
function joinContext(lede: string, line: string): { text: string; lede: number } {
  if (!lede) return { text: line, lede: 0 };
  if (lede.trimEnd().endsWith(line.trim())) return { text: lede, lede: lede.length };
  return { text: lede.endsWith('\n') ? lede + line : `${lede}\n${line}`, lede: lede.length };
}

/** The longest context a chunk is matched with: the lede and the line before the chunk, both bounded. */
export const MAX_CONTEXT_CHARS = 3_200;

/** The topic gate reads this much of the body: enough to tell, cheap on a 5 MB page. */
export const TOPIC_SAMPLE = 20_000;
/** The article is read in chunks of about this many characters (the extension: as the reader scrolls). */
export const CHUNK_CHARS = 3_000;
/** The prefilter reads this much of the page's raw text: well past any furniture above an article. */
export const PREFILTER_SAMPLE = 100_000;

/** The last line of a chunk (chunks end with a line break): the context for the next one. */
export const lastLine = (text: string): string => text.slice(text.lastIndexOf('\n', text.length - 2) + 1);

/** The topic sample: the first chunks of the body, up to TOPIC_SAMPLE characters. */
export function topicSample(chunks: readonly Projection[]): string {
  return chunks.map((c) => c.text).join('').slice(0, TOPIC_SAMPLE);
}

/**
 * The topic gate's verdict as the page acts on it: only an article that the page-wide prefilter
 * let through can be about AI and work (a shop or a listing full of AI headlines is neither).
 */
export function gatedTopic(topic: AiWorkVerdict, isArticle: boolean, pageMayBeAiWork: boolean): AiWorkVerdict {
  return isArticle && pageMayBeAiWork ? topic : { ...topic, isAiWork: false };
}

/**
 * Longest text read in one piece (the background takes up to 200k characters per request): a chunk
 * is cut only between blocks, so one huge text node makes a huge chunk, and it is read in pieces,
 * by the extension and the CLI alike.
 */
const REQUEST_CHARS = 100_000;

/**
 * The pieces a chunk is sent in (see requestPieces), each with the context it is read after: the
 * chunk's own for the first piece, the line before it alone for each later one. The extension and
 * the CLI's reader both go through here, so they read a long chunk alike.
 */
export function* piecesInContext(text: string, context: ReadContext): Generator<{ at: number; text: string; context: ReadContext }> {
  for (const piece of requestPieces(text)) {
    yield { ...piece, context };
    context = lineContext(lastLine(piece.text));
  }
}

/** Cuts text into pieces of at most `max` characters, at a line or sentence end where there is one. */
export function requestPieces(text: string, max = REQUEST_CHARS): { at: number; text: string }[] {
  const pieces: { at: number; text: string }[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const floor = max / 2;
    let cut = window.lastIndexOf('\n') + 1;
    if (cut <= floor) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 2;
    if (cut <= floor) cut = window.lastIndexOf(' ') + 1;
    if (cut <= floor) cut = max;
    pieces.push({ at, text: window.slice(0, cut) });
    at += cut;
  }
  pieces.push({ at, text: text.slice(at) });
  return pieces;
}
