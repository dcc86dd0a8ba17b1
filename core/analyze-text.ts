/**
 * The whole browser-free pipeline on one article body: language, topic, claims, matches.
 * The content script, the CLI and the tests all call this.
 */
import { checkArithmetic, checksByClaim, type ArithmeticCheck } from './arithmetic/check-arithmetic.ts';
import type { Claim } from './claims/claim-types.ts';
import { findNumberMentions } from './claims/find-number-mentions.ts';
import { shiftClaim } from './claims/shift-claim.ts';
import { withoutUnmatchedTimeFrames } from './claims/time-frame.ts';
import { detectLanguage } from './lang/detect-language.ts';
import type { ReadContext } from './text/read-context.ts';
import type { Fact, MatchableFact } from './registry/fact-types.ts';
import type { ClaimCheck } from './registry/check-claim.ts';
import { matchClaimsInText, type FactIndex } from './registry/match-claims-to-facts.ts';
import { detectAiWork, type AiWorkVerdict } from './topic/detect-ai-work.ts';

export interface MatchedClaim<F extends MatchableFact = Fact> extends Claim {
  fact: F | null;
  /** The verdict on this claim against `fact`, with the figure and the attribution; null when nothing matched. */
  check: ClaimCheck | null;
  /** What the article's own arithmetic says against this figure; absent when nothing. */
  checks?: ArithmeticCheck[];
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
  const claims = withChecks(withoutUnmatchedTimeFrames(matchClaims(findNumberMentions(text, { lang }), text, options.index), text), text, lang);
  return { lang, aiWork, claims };
}

/** Sets each claim's `checks` from the article's own arithmetic (claims and offsets in `text`). */
export function withChecks<C extends MatchedClaim<MatchableFact>>(claims: C[], text: string, lang: string): C[] {
  for (const [i, checks] of checksByClaim(text, claims, lang)) claims[i]!.checks = checks;
  return claims;
}

export function matchClaims<F extends MatchableFact>(claims: Claim[], text: string, index: FactIndex<F>): MatchedClaim<F>[] {
  if (claims.length === 0) return [];
  const matches = matchClaimsInText(claims, text, index);
  return claims.map((claim, i) => ({ ...claim, ...matches[i]! }));
}

/**
 * Finds and matches the claims of one chunk of a longer text, read after `context` (see
 * ReadContext), so the first claim is matched with the sentence before it and a source named at
 * the top of the article counts, as they would if the whole text were matched at once. Offsets are
 * the chunk's; an attribution to a name in the lede gets the offsets that lead back to it in the body.
 */
export function scanChunk<F extends MatchableFact>(text: string, context: ReadContext, lang: string, index: FactIndex<F>): MatchedClaim<F>[] {
  const found = findNumberMentions(text, { lang });
  if (found.length === 0) return [];
  const shift = context.text.length;
  const shifted = found.map((c) => shiftClaim(c, shift));
  const whole = context.text + text;
  return withoutUnmatchedTimeFrames(matchClaims(shifted, whole, index), whole).map((c) => {
    const moved = shiftClaim(c, -shift);
    const named = c.check?.attribution;
    if (!named || named.start >= context.lede) return moved;
    return { ...moved, check: { ...moved.check!, attribution: { ...named, start: named.start - context.at, end: named.end - context.at } } };
  });
}


/** A check on a claim of the text before a chunk: `start` is the claim's offset in that text. */
export interface EarlierCheck {
  start: number;
  check: ArithmeticCheck;
}

/**
 * The arithmetic of a chunk read after `before` (the end of the text read before it, from a line
 * start): sets `checks` on the chunk's claims (offsets the chunk's), so relations that cross into
 * the previous chunk are found as if the text were read at once, and returns the checks that fall
 * on claims of `before` (their offsets and related figures in `before`).
 */
export function checkChunk(claims: MatchedClaim<MatchableFact>[], text: string, before: string, lang: string): EarlierCheck[] {
  const joined = before && !before.endsWith('\n') ? before + '\n' : before;
  const shift = joined.length;
  const earlierClaims = joined ? findNumberMentions(joined, { lang }) : [];
  const shifted = claims.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift, figureStart: (c.figureStart ?? c.start) + shift, figureEnd: (c.figureEnd ?? c.end) + shift }));
  const all = [...earlierClaims, ...shifted];
  const earlier: EarlierCheck[] = [];
  for (const f of checkArithmetic(joined + text, all, lang)) {
    if (f.claim < earlierClaims.length) {
      earlier.push({ start: earlierClaims[f.claim]!.start, check: f.check });
      continue;
    }
    const claim = claims[f.claim - earlierClaims.length]!;
    const check = { ...f.check, related: f.check.related.map((r) => ({ start: r.start - shift, end: r.end - shift })) };
    (claim.checks ??= []).push(check);
  }
  return earlier;
}
