/**
 * Whether a number as the news writes it states a registry figure. The news rounds, truncates
 * and hedges, so the rule is stated once, here:
 * - the rounding unit of a written number is one in its last written place: 1 for "40%", 0.1 for
 *   "5.7%", 1,000 for "5,000", 100 million for "300 million"; a fraction word ("two-thirds",
 *   "a quarter") is read to 2 percentage points;
 * - a plain number states a figure that rounds to it: within half a unit, and never more than 5% off;
 * - with an approximation word ("about", "almost", "sekitar") the tolerance is a whole unit, and
 *   at most 10% off; with a bound ("more than", "up to") the figure must also lie on its side;
 * - when the sentence names the figure's own source, a count or a sum may be truncated, as in
 *   "5,000" for 5,527: the figure lies within one unit above the number, at most 15% off;
 * - a fraction equals its percent (half = 50%), and each end of a range or change is checked alone.
 * The figure's own `tolerance` always applies as well.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { Figure } from './fact-types.ts';

type BareFigure = Omit<Figure, 'label'>;

/** One in the last written place of `n`. */
export function roundingUnit(n: number, asPercent: boolean): number {
  const a = Math.abs(n);
  if (!Number.isInteger(a)) {
    const decimals = Math.min(3, (String(a).split('.')[1] ?? '').length);
    return 10 ** -decimals;
  }
  if (asPercent || a < 1000) return 1;
  let unit = 1;
  while (a % (unit * 10) === 0 && unit < a) unit *= 10;
  return unit;
}

/** The claim's number in the figure's own terms (a fraction as a percent and back), or null when the kinds differ. */
function inFigureTerms(figure: BareFigure, claim: Claim, n: number): number | null {
  if (figure.kind === claim.valueKind) {
    if (figure.unit !== undefined && figure.kind !== 'count' && figure.unit !== claim.unit) return null;
    return n;
  }
  if (figure.kind === 'percent' && claim.valueKind === 'fraction') return n * 100;
  if (figure.kind === 'fraction' && claim.valueKind === 'percent') return n / 100;
  return null;
}

/**
 * "hundreds of billions", "ratusan miliar", "thousands of workers": an order of magnitude, not a number.
 * After a number the word is a plain unit in French ("170 millions d'emplois").
 */
const VAGUE = /(?<!\d[\d.,\u00a0\u202f ]*)\b(tens|dozens|hundreds|thousands|millions|billions|trillions|puluhan|belasan|ratusan|ribuan|jutaan|miliaran|triliunan)\b/i;
export const isVagueClaim = (claim: Claim): boolean => VAGUE.test(claim.text);

export function figureAgrees(figure: BareFigure, claim: Claim, n: number, namedSource: boolean): boolean {
  // An order of magnitude states only an order of magnitude, and only one.
  if (!!figure.vague !== isVagueClaim(claim)) return false;
  const x = inFigureTerms(figure, claim, n);
  if (x === null) return false;
  const v = figure.value;
  if (Math.abs(x - v) <= figure.tolerance + 1e-9 * Math.abs(v)) return true;
  // Work in percent points for fractions so a fraction word and a percent use the same unit.
  const scale = figure.kind === 'fraction' ? 100 : 1;
  const xs = x * scale;
  const vs = v * scale;
  const fractionWord = claim.valueKind === 'fraction';
  const unit = fractionWord ? 2 : roundingUnit(xs, figure.kind === 'percent' || figure.kind === 'fraction');
  const off = Math.abs(xs - vs);
  const eps = 1e-9 * Math.max(1, Math.abs(vs));
  const [lo, hi] = claim.bound ?? [null, null];
  if (lo !== null && vs < lo * scale - eps) return false;
  if (hi !== null && vs > hi * scale + eps) return false;
  if (claim.approx) return off <= Math.min(unit, 0.1 * Math.abs(vs)) + eps;
  if (off <= Math.min(unit / 2, 0.05 * Math.abs(vs)) + eps) return true;
  const truncates = namedSource && (figure.kind === 'count' || figure.kind === 'money') && unit >= 100;
  return truncates && vs >= xs && vs - xs < unit && vs - xs <= 0.15 * Math.abs(vs);
}
