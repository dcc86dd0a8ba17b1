/**
 * Matches claims to registry facts. A claim matches a fact only when a figure agrees within its
 * tolerance (same kind and unit) AND every one of the fact's subject-term groups appears in the
 * claim's sentence or the sentence before. A bare "40%" in a football report matches nothing.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { Fact, Figure, MatchableFact } from './fact-types.ts';

export interface FactIndex<F extends MatchableFact = Fact> {
  facts: Map<string, F>;
  /** Figures by kind, for lookup by the claim's kind before any text is read. */
  byKind: Map<string, { fact: F; figure: Omit<Figure, 'label'> }[]>;
  /** Subject terms by fact, folded the first time a figure of the fact agrees. */
  groups: Map<string, string[][]>;
}

export function indexRegistry<F extends MatchableFact>(facts: readonly F[]): FactIndex<F> {
  const index: FactIndex<F> = { facts: new Map(), byKind: new Map(), groups: new Map() };
  for (const fact of facts) {
    index.facts.set(fact.id, fact);
    for (const figure of fact.figures) {
      const list = index.byKind.get(figure.kind) ?? [];
      list.push({ fact, figure });
      index.byKind.set(figure.kind, list);
    }
  }
  return index;
}

/** Subject terms, lower-cased with white space folded, prepared the first time a figure agrees. */
function subjectTerms(fact: MatchableFact, index: FactIndex<MatchableFact>): string[][] {
  let groups = index.groups.get(fact.id);
  if (!groups) {
    groups = fact.match.all.map((group) => group.map(fold));
    index.groups.set(fact.id, groups);
  }
  return groups;
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Whether `term` stands in `text` on word edges. Plain string search: no pattern to compile. */
function containsTerm(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + term.length])) return true;
  }
  return false;
}

/** The numbers a claim states: its value, both ends of a range, both sides of a change. */
export function claimNumbers(claim: Claim): number[] {
  if (claim.range) return claim.range;
  if (claim.change) return claim.change.from === null ? [claim.change.to] : [claim.change.from, claim.change.to];
  return claim.value === null ? [] : [claim.value];
}

function figureAgrees(figure: Omit<Figure, 'label'>, claim: Claim, n: number): boolean {
  if (figure.unit !== undefined && figure.kind !== 'count' && figure.unit !== claim.unit) return false;
  return Math.abs(n - figure.value) <= figure.tolerance + 1e-9 * Math.abs(figure.value);
}

/**
 * The fact a claim states, or null. `context` is the claim's sentence and the one before it.
 * When several facts agree, the one with the most agreeing figures wins, then registry order.
 */
export function matchClaim<F extends MatchableFact>(claim: Claim, context: string, index: FactIndex<F>): F | null {
  const candidates = index.byKind.get(claim.valueKind);
  if (!candidates) return null;
  const numbers = claimNumbers(claim);
  const hits = new Map<F, number>();
  for (const { fact, figure } of candidates) {
    for (const n of numbers) if (figureAgrees(figure, claim, n)) hits.set(fact, (hits.get(fact) ?? 0) + 1);
  }
  let best: F | null = null;
  let bestHits = 0;
  const folded = hits.size > 0 ? fold(context) : '';
  for (const [fact, count] of hits) {
    if (count <= bestHits) continue;
    const groups = subjectTerms(fact, index as unknown as FactIndex<MatchableFact>);
    if (groups.every((terms) => terms.some((term) => containsTerm(folded, term)))) {
      best = fact;
      bestHits = count;
    }
  }
  return best;
}
