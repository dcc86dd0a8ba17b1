/**
 * The whole browser-free pipeline on one article body: language, topic, claims, matches.
 * The content script, the CLI and the tests all call this.
 */
import type { Claim } from './claims/claim-types.ts';
import { findNumberMentions } from './claims/find-number-mentions.ts';
import { detectLanguage } from './lang/detect-language.ts';
import type { Fact, MatchableFact } from './registry/fact-types.ts';
import { matchClaim, type FactIndex } from './registry/match-claims-to-facts.ts';
import { detectAiWork, type AiWorkVerdict } from './topic/detect-ai-work.ts';
import { sentenceIndexAt, splitSentences } from './text/split-sentences.ts';

export interface MatchedClaim<F extends MatchableFact = Fact> extends Claim {
  fact: F | null;
}

export interface TextAnalysis {
  lang: string;
  aiWork: AiWorkVerdict;
  claims: MatchedClaim[];
}

export interface AnalyzeOptions {
  /** The page's lang attribute or a language forced by the user. */
  lang?: string | null;
  index: FactIndex;
}

export function analyzeText(text: string, options: AnalyzeOptions): TextAnalysis {
  const lang = detectLanguage(options.lang, text);
  const aiWork = detectAiWork(text);
  const claims = matchClaims(findNumberMentions(text, { lang }), text, options.index);
  return { lang, aiWork, claims };
}

export function matchClaims<F extends MatchableFact>(claims: Claim[], text: string, index: FactIndex<F>): MatchedClaim<F>[] {
  if (claims.length === 0) return [];
  const sentences = splitSentences(text);
  return claims.map((claim) => {
    const i = sentenceIndexAt(sentences, claim.start);
    const current = sentences[i];
    const previous = sentences[i - 1];
    const context = (previous ? text.slice(previous.start, previous.end) + '\n' : '') + (current ? text.slice(current.start, current.end) : claim.text);
    return { ...claim, fact: matchClaim(claim, context, index) };
  });
}

/**
 * Finds and matches the claims of one chunk of a longer text. `context` is the text just before
 * the chunk (its last line), so the first claim is matched with the sentence before it, as it
 * would be if the whole text were matched at once. Offsets are the chunk's.
 */
export function scanChunk<F extends MatchableFact>(text: string, context: string, lang: string, index: FactIndex<F>): MatchedClaim<F>[] {
  const found = findNumberMentions(text, { lang });
  if (found.length === 0) return [];
  const shift = context.length;
  const shifted = found.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift }));
  return matchClaims(shifted, context + text, index).map((c) => ({ ...c, start: c.start - shift, end: c.end - shift }));
}
