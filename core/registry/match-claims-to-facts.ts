/**
 * Matches claims to registry facts and gives each match its own verdict (check-claim.ts): the
 * source the text names for the figure (find-attribution.ts) decides which facts are asked
 * first; a figure with no named source matches a fact only when every one of the fact's
 * subject-term groups is in the claim's sentence or the one before. A bare "40%" in a football
 * report matches nothing.
 */
import type { Claim } from '../claims/claim-types.ts';
import { sentenceIndexAt, splitSentences } from '../text/split-sentences.ts';
import { checkClaim, indexForChecks, type CheckIndex, type ClaimCheck } from './check-claim.ts';
import type { Fact, MatchableFact } from './fact-types.ts';
import { AttributionReader, buildSourceTable, type SourceTable } from './find-attribution.ts';
import { headlineAndLede } from '../text/read-context.ts';

export interface FactIndex<F extends MatchableFact = Fact> {
  facts: Map<string, F>;
  checks: CheckIndex<F>;
  sources: SourceTable;
}

export function indexRegistry<F extends MatchableFact>(facts: readonly F[]): FactIndex<F> {
  return { facts: new Map(facts.map((f) => [f.id, f])), checks: indexForChecks(facts), sources: buildSourceTable(facts) };
}

export interface ClaimMatch<F extends MatchableFact> {
  fact: F | null;
  check: ClaimCheck | null;
}

/** Every claim of `text` with its fact and check. Offsets are into `text`. */
export function matchClaimsInText<F extends MatchableFact>(claims: Claim[], text: string, index: FactIndex<F>): ClaimMatch<F>[] {
  const sentences = splitSentences(text);
  const reader = new AttributionReader(text, sentences, index.sources);
  const lede = headlineAndLede(text);
  return claims.map((claim) => {
    const i = sentenceIndexAt(sentences, claim.start);
    const current = sentences[i];
    const previous = sentences[i - 1];
    const sentence = current ? text.slice(current.start, current.end) : claim.text;
    const context = (previous ? text.slice(previous.start, previous.end) + '\n' : '') + sentence;
    const found = checkClaim({ claim, sentence, sentenceStart: current ? current.start : claim.start, context, lede, attributions: current ? reader.attributions(i, claim.start) : [] }, index.checks);
    return found ? { fact: found.fact, check: found.check } : { fact: null, check: null };
  });
}
