/**
 * The verdict on one claim: what its sentence says, against what the source it names said.
 * - consistent: a figure the source published, used in its sense;
 * - differs: stated for the source's measure, but not its figure (a known wrong variant);
 * - reframed: the right figure with a changed meaning (a framing cue of a known distortion);
 * - misattributed: the figure belongs to another source than the one named;
 * - unlisted: the sentence names a registry source on its subject, but the figure is not one Recount knows.
 * A figure whose source is not named matches only when all of a fact's subject groups are there.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { Figure, MatchableFact } from './fact-types.ts';
import type { Attribution } from './find-attribution.ts';
import { hasFramingCue } from './framing-cues.ts';
import { figureAgrees } from './news-figures.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import { containsTerm, foldText, indexOfTerm, plainApostrophes } from './terms.ts';

export const CHECK_STATUSES = ['consistent', 'differs', 'reframed', 'misattributed', 'unlisted'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface ClaimCheck {
  status: CheckStatus;
  factId: string;
  /** Index into the fact's figures: the figure the claim states, or the source's own figure it differs from; null for unlisted. */
  figure: number | null;
  /** Index into the fact's distortions, when a known distortion decided the verdict. */
  distortion: number | null;
  /** Whom the sentence names for the figure, or null. */
  attribution: Omit<Attribution, 'names' | 'via'> | null;
}

export interface CheckInput {
  claim: Claim;
  /** The claim's sentence, and where it starts in the text. */
  sentence: string;
  sentenceStart: number;
  /** The claim's sentence and the one before it. */
  context: string;
  /** The headline and lede of the text: the subject a reader keeps in mind, for a source the text names. */
  lede?: string;
  attributions: Attribution[];
}

/** Claims that can state a figure of a study: not durations or multipliers, which name no measure by themselves. */
const UNLISTED_KINDS = new Set(['percent', 'money', 'count', 'fraction']);
/** An unlisted figure is worth a card only in a sentence about AI or automation, the registry's subject. */
const AI_TERMS = ['ai', 'a.i.', 'artificial intelligence', 'kecerdasan buatan', 'kecerdasan artifisial', 'generative', 'generatif', 'genai', 'automation', 'automated', 'otomatisasi', 'otomasi', 'robot', 'robots', 'chatbot', 'chatgpt', 'machine learning'];
const sameKind = (a: string, b: string): boolean => a === b || ((a === 'percent' || a === 'fraction') && (b === 'percent' || b === 'fraction'));

export interface CheckIndex<F extends MatchableFact> {
  facts: readonly F[];
  bySource: Map<string, F[]>;
  /** Subject groups without the source's own names, folded, by fact id. */
  topics: Map<string, string[][]>;
  /** All subject groups, folded, by fact id. */
  groups: Map<string, string[][]>;
  /** Terms that rule a fact out, folded, by fact id. */
  none: Map<string, string[]>;
}

export function indexForChecks<F extends MatchableFact>(facts: readonly F[]): CheckIndex<F> {
  const bySource = new Map<string, F[]>();
  const topics = new Map<string, string[][]>();
  const groups = new Map<string, string[][]>();
  const none = new Map<string, string[]>();
  for (const fact of facts) {
    none.set(fact.id, (fact.match.none ?? []).map(foldText));
    const list = bySource.get(fact.source.name) ?? [];
    list.push(fact);
    bySource.set(fact.source.name, list);
    const own = new Set([fact.source.name, ...fact.source.aliases].map(foldText));
    const all = fact.match.all.map((g) => g.map(foldText));
    groups.set(fact.id, all);
    // A group mostly of the source's own names says who, not what: with the source named, only the other groups must be there.
    topics.set(fact.id, all.filter((g) => g.filter((t) => own.has(t)).length * 2 < g.length));
  }
  return { facts, bySource, topics, groups, none };
}

function numbersOf(claim: Claim): number[] {
  if (claim.range) return claim.range;
  if (claim.change) return claim.change.from === null ? [claim.change.to] : [claim.change.from, claim.change.to];
  return claim.value === null ? [] : [claim.value];
}

const groupsPass = (groups: string[][], folded: string): boolean => groups.every((g) => g.some((t) => containsTerm(folded, t)));
const ruledOut = (none: string[], folded: string): boolean => none.some((t) => containsTerm(folded, t));

interface Found<F> {
  fact: F;
  check: ClaimCheck;
}

/** How close an agreeing figure is to the number, in (1, 1.5]: so "one in four" takes one fact's 25% over another's 24%. 0 when it does not agree. */
function closeness(figure: Omit<Figure, 'label'>, claim: Claim, n: number, named: boolean, sentence: string): number {
  if (!figureAgrees(figure, claim, n, named)) return 0;
  if (figure.about && !figure.about.some((term) => containsTerm(sentence, foldText(term)))) return 0;
  const x = figure.kind === 'percent' && claim.valueKind === 'fraction' ? n * 100 : figure.kind === 'fraction' && claim.valueKind === 'percent' ? n / 100 : n;
  return 1 + 0.5 / (1 + (Math.abs(x - figure.value) / Math.max(1e-9, Math.abs(figure.value))) * 100);
}

/** `sentence`: the claim's sentence, folded (see terms.ts). */
function bestFigure(figures: readonly (Omit<Figure, 'label'> | undefined)[], claim: Claim, n: number, named: boolean, sentence: string): { i: number; score: number } {
  let best = { i: -1, score: 0 };
  figures.forEach((figure, i) => {
    const score = figure ? closeness(figure, claim, n, named, sentence) : 0;
    if (score > best.score) best = { i, score };
  });
  return best;
}

/**
 * Each number of the claim (each end of a range or change on its own) against the fact's own
 * figures and its known wrong variants. Any number that is only a wrong variant makes the claim
 * `differs`; otherwise the first number's own figure decides, and a framing cue can make it `reframed`.
 */
function checkAgainst<F extends MatchableFact>(fact: F, input: CheckInput, named: boolean, attribution: ClaimCheck['attribution']): (Found<F> & { score: number }) | null {
  let score = 0;
  let own = -1;
  let wrong = -1;
  const variants = fact.distortions.map((d) => d.figure);
  const sentence = foldText(input.sentence);
  for (const n of numbersOf(input.claim)) {
    const mine = bestFigure(fact.figures, input.claim, n, named, sentence);
    const theirs = bestFigure(variants, input.claim, n, false, sentence);
    if (mine.score >= theirs.score && mine.score > 0) {
      score += mine.score;
      if (own < 0) own = mine.i;
    } else if (theirs.score > 0) {
      score += theirs.score;
      if (wrong < 0) wrong = theirs.i;
    }
  }
  if (wrong >= 0) return { fact, score, check: { status: 'differs', factId: fact.id, figure: fact.distortions[wrong]!.of, distortion: wrong, attribution } };
  if (own < 0) return null;
  const reframing = fact.distortions.findIndex((d) => d.of === own && d.figure === undefined && d.error !== 'wrong-source' && hasFramingCue(d.error === 'wrong-subject' ? input.context : input.sentence, d.error, d.cues, d.keep));
  return {
    fact,
    score,
    check: { status: reframing >= 0 ? 'reframed' : 'consistent', factId: fact.id, figure: own, distortion: reframing >= 0 ? reframing : null, attribution },
  };
}

/** The best-agreeing of several candidates; registry order breaks ties. */
function bestOf<F>(found: ((Found<F> & { score: number }) | null)[]): Found<F> | null {
  let best: (Found<F> & { score: number }) | null = null;
  for (const f of found) if (f && (!best || f.score > best.score)) best = f;
  return best && { fact: best.fact, check: best.check };
}

/** Whom the sentence credits, when it is one of `namedAs`: a registry source the reader follows, or the words in the sentence itself. */
function wronglyNamed(namedAs: string[], input: CheckInput): ClaimCheck['attribution'] {
  const terms = namedAs.map(foldText);
  const a = input.attributions.find((x) => (x.via === 'sentence' || x.via === 'reference') && (x.names.some((n) => terms.includes(foldText(n))) || terms.includes(foldText(x.text))));
  if (a) return bare(a);
  const lower = plainApostrophes(lowerCaseSameLength(input.sentence));
  for (const term of terms) {
    const at = indexOfTerm(lower, term);
    if (at !== -1) return { name: namedAs[terms.indexOf(term)]!, text: input.sentence.slice(at, at + term.length), start: input.sentenceStart + at, end: input.sentenceStart + at + term.length };
  }
  return null;
}

const bare = (a: Attribution | undefined): ClaimCheck['attribution'] => (a ? { name: a.name, text: a.text, start: a.start, end: a.end } : null);

export function checkClaim<F extends MatchableFact>(input: CheckInput, index: CheckIndex<F>): Found<F> | null {
  const context = foldText(input.context);
  const sentence = foldText(input.sentence);
  const facts = index.facts.filter((f) => !ruledOut(index.none.get(f.id)!, context));
  const bySource = (name: string): F[] => (index.bySource.get(name) ?? []).filter((f) => !ruledOut(index.none.get(f.id)!, context));
  const inSentence = (a: Attribution): boolean => a.via === 'sentence' || a.via === 'reference';
  const withLede = input.lede ? `${context}\n${foldText(input.lede)}` : '';
  // A named source's facts on the subject of the sentence; failing that, on the subject of the
  // headline and lede ("23 juta pekerjaan" in an article on McKinsey's study of Indonesia), when
  // the sentence names the source itself or states a count or a sum: a bare "60%" further down
  // an article is no figure of the source the headline names just because the headline is on its subject.
  const ledeSubject = (a: Attribution): boolean => !!withLede && (inSentence(a) || input.claim.valueKind === 'count' || input.claim.valueKind === 'money');
  const ownFacts = (a: Attribution): Found<F> | null => {
    for (const subject of ledeSubject(a) ? [context, withLede] : [context]) {
      const own = a.names.flatMap(bySource).filter((fact) => groupsPass(index.topics.get(fact.id)!, subject));
      const found = bestOf(own.map((fact) => checkAgainst(fact, input, true, bare(a))));
      if (found) return found;
    }
    return null;
  };
  // 1. A source named in the sentence (or referred back to there): its own facts, on their subject.
  for (const a of input.attributions.filter(inSentence)) {
    const found = ownFacts(a);
    if (found) return found;
  }
  // 2. A figure the news credits to the wrong source, as a fact's distortion records it.
  for (const fact of facts) {
    for (const [d, distortion] of fact.distortions.entries()) {
      if (distortion.error !== 'wrong-source') continue;
      const named = wronglyNamed(distortion.namedAs!, input);
      if (!named || !groupsPass(index.topics.get(fact.id)!, context)) continue;
      const figure = fact.figures[distortion.of]!;
      if (numbersOf(input.claim).some((n) => figureAgrees(figure, input.claim, n, false))) {
        return { fact, check: { status: 'misattributed', factId: fact.id, figure: distortion.of, distortion: d, attribution: named } };
      }
    }
  }
  // 2b. A source named earlier in the paragraph, or in the headline or lede.
  for (const a of input.attributions.filter((x) => !inSentence(x))) {
    const found = ownFacts(a);
    if (found) return found;
  }
  // 3. No source of its own named: the figure and every subject group together.
  const unnamed = bestOf(
    facts
      .filter((fact) => groupsPass(index.groups.get(fact.id)!, context))
      .map((fact) => checkAgainst(fact, input, false, bare(input.attributions.find((a) => a.names.includes(fact.source.name))))),
  );
  if (unnamed) return unnamed;
  // 4. The sentence names a source on its subject, but Recount does not know this figure from it.
  const near = input.attributions.find((a) => a.via === 'sentence' || a.via === 'reference');
  if (near && UNLISTED_KINDS.has(input.claim.valueKind) && AI_TERMS.some((t) => containsTerm(context, t))) {
    for (const name of near.names) {
      const fact = bySource(name).find((f) => {
        const topics = index.topics.get(f.id)!;
        return topics.length > 0 && groupsPass(topics, sentence) && f.figures.some((g) => sameKind(g.kind, input.claim.valueKind));
      });
      if (fact) return { fact, check: { status: 'unlisted', factId: fact.id, figure: null, distortion: null, attribution: bare(near) } };
    }
  }
  return null;
}
