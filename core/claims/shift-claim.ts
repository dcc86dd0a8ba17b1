/** Moving a claim read in a piece of text to its place in a longer text (imports types only, so the content script can carry it). */
import type { ArithmeticCheck } from '../arithmetic/arithmetic-check.ts';
import type { ClaimCheck } from '../registry/check-claim.ts';
import type { Claim } from './claim-types.ts';

/**
 * A claim with every offset it carries moved by `by`: its own, its figure's, its attribution's and
 * its arithmetic checks' related figures. For claims read in pieces and placed in a longer text.
 */
export function shiftClaim<C extends Claim & { check?: ClaimCheck | null; checks?: ArithmeticCheck[] }>(c: C, by: number): C {
  if (by === 0) return c;
  const move = <T extends { start: number; end: number }>(a: T): T => ({ ...a, start: a.start + by, end: a.end + by });
  return {
    ...move(c),
    ...(c.figureStart !== undefined ? { figureStart: c.figureStart + by } : {}),
    ...(c.figureEnd !== undefined ? { figureEnd: c.figureEnd + by } : {}),
    ...(c.check?.attribution ? { check: { ...c.check, attribution: move(c.check.attribution) } } : {}),
    ...(c.checks ? { checks: c.checks.map((k) => ({ ...k, related: k.related.map(move) })) } : {}),
  };
}
