/**
 * The words before a figure that qualify it: an approximation ("about", "hampir") or a bound
 * ("more than", "up to", "kurang dari", ">="), and a movement ("up 94%", "turun 5%").
 */
import {
  APPROX_WORDS, BOUND_SYMBOLS, BOUND_WORDS, MOVEMENT_ADVERBS, MOVEMENT_LINKS, MOVEMENT_VERBS, NOT_MOVEMENT_VERBS, type Direction,
} from '../numbers/qualifiers.ts';
import type { ValueKind } from './claim-types.ts';
import { isLetterCode, isSpaceCode } from '../text/char-classes.ts';
import { wordBefore } from '../text/words-around.ts';
import { KeyTable } from './key-table.ts';
import type { Qualifier, ScanContext } from './mention.ts';

const PHRASES = new KeyTable([...APPROX_WORDS, ...Object.keys(BOUND_WORDS)]);
/** The longest phrase has five words ("greater than or equal to"). */
const MAX_PHRASE_WORDS = 5;

const isPhraseChar = (lower: string, i: number): boolean => {
  const c = lower.charCodeAt(i);
  return isLetterCode(c) || c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 || (c === 46 /* . */ && isLetterCode(lower.charCodeAt(i - 1)));
};

/**
 * The approximation or bound written right before `p`, not reaching back past `minStart`.
 * The longest phrase wins: "no more than" over "more than".
 */
export function qualifierBefore(ctx: ScanContext, p: number, minStart: number): Qualifier | null {
  const { lower } = ctx;
  let q = p;
  while (q > minStart && isSpaceCode(lower.charCodeAt(q - 1))) q--;
  if (q <= minStart) return null;
  const last = lower.charCodeAt(q - 1);
  if (!isLetterCode(last) && last !== 46 /* . */ && last !== 0x3e /* > */ && last !== 0x3c /* < */ && last !== 0x3d /* = */ && last !== 0x2265 && last !== 0x2264) return null;
  // Symbols: "x>10", ">= 30", "≤ 5"; not "<>30", "=>30".
  for (const len of [2, 1]) {
    const s = q - len;
    if (s < minStart || s < 0) continue;
    const side = BOUND_SYMBOLS[lower.slice(s, q)];
    if (side && !'<>='.includes(lower[s - 1] ?? ' ')) return { start: s, bound: side };
  }
  let best: Qualifier | null = null;
  let s = q;
  for (let words = 0; words < MAX_PHRASE_WORDS; words++) {
    let t = s;
    while (t > minStart && isSpaceCode(lower.charCodeAt(t - 1))) t--;
    if (words > 0 && t === s) break;
    let u = t;
    while (u > minStart && u > 0 && isPhraseChar(lower, u - 1)) u--;
    if (u === t) break;
    if (PHRASES.matchAt(lower, u) === q - u && (u === 0 || !isLetterCode(lower.charCodeAt(u - 1)))) {
      best = { start: u, bound: BOUND_WORDS[lower.slice(u, q)] };
    }
    s = u;
  }
  return best;
}

/** Whether an approximation or bound ends right before `p` ("more than half", "about half"). */
export function hasQualifierBefore(ctx: ScanContext, p: number): boolean {
  return qualifierBefore(ctx, p, 0) !== null;
}

/**
 * The direction a figure moves in: a verb of movement before it ("rose 5%", "naik sebesar 5%") for any
 * figure, "up"/"down" only before a percent or money ("up 94%"; "set up 5 firms" is not a movement),
 * or the sign of a percent ("+2,41%", "-0,87%").
 */
export function directionOf(ctx: ScanContext, start: number, kind: ValueKind, sign: '+' | '-' | undefined): Direction | undefined {
  const signed = sign && kind === 'percent' ? (sign === '+' ? 'up' : 'down') : undefined;
  let p = start;
  while (p > 0 && isSpaceCode(ctx.lower.charCodeAt(p - 1))) p--;
  if (!isLetterCode(ctx.lower.charCodeAt(p - 1))) return signed;
  let w = wordBefore(ctx.lower, start);
  if (MOVEMENT_LINKS.has(w.word)) w = wordBefore(ctx.lower, w.start);
  const verb = MOVEMENT_VERBS[w.word];
  if (verb) return verb;
  if (kind === 'percent' || kind === 'money') {
    const adverb = MOVEMENT_ADVERBS[w.word];
    if (adverb && !NOT_MOVEMENT_VERBS.has(wordBefore(ctx.lower, w.start).word)) return adverb;
  }
  return signed;
}
