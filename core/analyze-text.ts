/**
 * The whole browser-free pipeline on one article body: language, topic, claims, matches.
 * The content script, the CLI and the tests all call this.
 */
import type { Claim } from './claims/claim-types.ts';
import { findNumberMentions } from './claims/find-number-mentions.ts';
import { detectLanguage } from './lang/detect-language.ts';
import type { Fact, MatchableFact } from './registry/fact-types.ts';
import type { ClaimCheck } from './registry/check-claim.ts';
import { matchClaimsInText, type FactIndex } from './registry/match-claims-to-facts.ts';
import { detectAiWork, type AiWorkVerdict } from './topic/detect-ai-work.ts';

export interface MatchedClaim<F extends MatchableFact = Fact> extends Claim {
  fact: F | null;
  /** The verdict on this claim against `fact`, with the figure and the attribution; null when nothing matched. */
  check: ClaimCheck | null;
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
  const matches = matchClaimsInText(claims, text, index);
  return claims.map((claim, i) => ({ ...claim, ...matches[i]! }));
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
  const unshift = <T extends { start: number; end: number }>(a: T): T => ({ ...a, start: a.start - shift, end: a.end - shift });
  return matchClaims(shifted, context + text, index).map((c) => ({
    ...unshift(c),
    check: c.check && { ...c.check, attribution: c.check.attribution && unshift(c.check.attribution) },
  }));
}
