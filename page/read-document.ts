/**
 * The one reading path, shared by the extension and the CLI: the same cheap topic prefilter over
 * the page's raw text, the same article gate, the same body, read in the same chunks, the same
 * topic sample and the same per-chunk scan. The extension runs these steps one at a time (giving
 * the page its turn and matching in the background); the CLI and the tests run them in a row.
 */
import { checkChunk, scanChunk, type MatchedClaim } from '../core/analyze-text.ts';
import { shiftClaim } from '../core/claims/shift-claim.ts';
import { attachEarlier, textBefore } from '../core/arithmetic/chunk-arithmetic.ts';
import { detectLanguage } from '../core/lang/detect-language.ts';
import type { MatchableFact } from '../core/registry/fact-types.ts';
import type { FactIndex } from '../core/registry/match-claims-to-facts.ts';
import { detectAiWork, type AiWorkVerdict } from '../core/topic/detect-ai-work.ts';
import { articleFrame } from './article-frames.ts';
import { findArticleBody } from './find-article-body.ts';
import { isArticlePage } from './is-article-page.ts';
import { pageMayBeAboutAiAndWork, PagePrefilter } from './page-prefilter.ts';
import { TextReader, type Projection } from './project-text.ts';
import { CHUNK_CHARS, ChunkContext, gatedTopic, piecesInContext, topicSample } from './reading-plan.ts';

export interface DocumentReading<F extends MatchableFact = MatchableFact> {
  lang: string;
  isArticle: boolean;
  /** The topic of the body's sample; `isAiWork` is false as well when the page is no article or the page-wide prefilter said no. */
  aiWork: AiWorkVerdict;
  body: Element | null;
  /** The body's text and its map to the DOM, as the chunks read it in a row. */
  projection: Projection;
  /** Every claim of the body, offsets in `text`, whatever the gates say. */
  claims: MatchedClaim<F>[];
}

/**
 * `page`: the page as loaded. Where it is no article of its own but shows one in a same-origin
 * frame, the frame's document is read instead, as the extension does (page/article-frames.ts).
 * jsdom without scripts gives frames empty documents, so the CLI sees no frame's article.
 */
export function readDocument<F extends MatchableFact>(page: Document, index: FactIndex<F>, langOverride?: string | null): DocumentReading<F> {
  const doc = articleFrame(page) ?? page;
  const prefilter = new PagePrefilter(doc);
  while (!prefilter.done) prefilter.read(Infinity);
  // The whole verdict over the sample (a function, not the prefilter's own: the first stage, which
  // shares the prefilter, then carries no word check).
  const maybe = pageMayBeAboutAiAndWork(prefilter.sample, prefilter);
  const isArticle = isArticlePage(doc);
  const body = findArticleBody(doc);
  const chunks: Projection[] = [];
  if (body) {
    const reader = new TextReader(body, CHUNK_CHARS);
    while (!reader.done) {
      const chunk = reader.read(Infinity);
      if (chunk) chunks.push(chunk);
    }
  }
  const sample = topicSample(chunks);
  const lang = detectLanguage(langOverride ?? doc.documentElement.getAttribute('lang'), sample);
  const topic = detectAiWork(sample);
  const aiWork = gatedTopic(topic, isArticle, maybe);
  // As the extension does: each chunk is matched with the headline and lede and the line before it,
  // and its arithmetic is checked with the end of the chunk before it (findings on that chunk's
  // claims go back to them). A chunk too long for one request (a huge text node) is read in the
  // extension's pieces, each piece after the first with the line before it alone.
  const read: { projection: { text: string }; claims: MatchedClaim<F>[] }[] = [];
  const contexts = new ChunkContext();
  for (const chunk of chunks) {
    for (const piece of piecesInContext(chunk.text, contexts.next(chunk.text))) {
      const claims = scanChunk(piece.text, piece.context, lang, index);
      const previous = read.at(-1) ?? null;
      const before = previous ? textBefore(previous.projection.text) : '';
      attachEarlier(previous, before, checkChunk(claims, piece.text, before, lang));
      read.push({ projection: piece, claims });
    }
  }
  const claims: MatchedClaim<F>[] = [];
  let offset = 0;
  for (const { projection, claims: local } of read) {
    for (const c of local) claims.push(shiftClaim(c, offset));
    offset += projection.text.length;
  }
  return { lang, isArticle, aiWork, body, projection: joinChunks(chunks), claims };
}

function joinChunks(chunks: readonly Projection[]): Projection {
  let offset = 0;
  const segments = chunks.flatMap((c) => {
    const shifted = c.segments.map((s) => ({ node: s.node, start: s.start + offset }));
    offset += c.text.length;
    return shifted;
  });
  return { text: chunks.map((c) => c.text).join(''), segments };
}
