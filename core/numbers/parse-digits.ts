/**
 * Reads a run of digits and separators ("1.500", "4,76", "1,500.5", "40 000", ".08") as a number.
 * Which separator is the decimal mark depends on the language: English writes 1,500.5,
 * Indonesian and most of continental Europe write 1.500,5.
 */
import { isDigitCode } from '../text/char-classes.ts';

export type DecimalStyle = 'dot' | 'comma';

/** Languages that write a decimal comma. Everything else reads a decimal point. */
const COMMA_DECIMAL = new Set(['id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'tr', 'ru', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ro', 'vi']);

export function decimalStyleFor(lang: string): DecimalStyle {
  return COMMA_DECIMAL.has(lang) ? 'comma' : 'dot';
}

const isDigit = isDigitCode;
/** Space, no-break space, narrow no-break space and thin space: digit grouping in French and in Recognizers' examples. */
const isGroupSpace = (c: number): boolean => c === 32 || c === 160 || c === 0x202f || c === 0x2009;

/** Digit groups and the separators between them, read in one pass: "1,500.5" → groups [1, 3, 1], separators ",.". */
interface Groups {
  /** Length of each run of digits. */
  lengths: number[];
  /** The separator before each run after the first ('' for none), as a character. */
  seps: string[];
  /** All the digits, separators removed. */
  digits: string;
}

function splitGroups(raw: string): Groups | null {
  const lengths: number[] = [];
  const seps: string[] = [];
  let digits = '';
  let run = 0;
  let sep = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      continue;
    }
    const mark = c === 46 ? '.' : c === 44 ? ',' : isGroupSpace(c) ? ' ' : null;
    if (mark === null || !isDigit(raw.charCodeAt(i + 1))) return null;
    if (run > 0 || i === 0) {
      lengths.push(run);
      seps.push(sep);
      digits += raw.slice(i - run, i);
    }
    run = 0;
    sep = mark;
  }
  lengths.push(run);
  seps.push(sep);
  digits += raw.slice(raw.length - run);
  return { lengths, seps, digits };
}

/** Whether groups 1..k-1 (all but the first and, with `lastIsDecimal`, the last) are threes after a first of one to three. */
function threesAfter(g: Groups, count: number): boolean {
  if (g.lengths[0]! < 1 || g.lengths[0]! > 3) return false;
  for (let i = 1; i < count; i++) if (g.lengths[i] !== 3) return false;
  return true;
}

/** The value of the groups, the last one (after `decimalAt`) as decimals. */
function valueOf(g: Groups, decimalAt: number): number {
  if (decimalAt < 0) return Number(g.digits);
  let whole = 0;
  for (let i = 0; i < decimalAt; i++) whole += g.lengths[i]!;
  return Number(`${g.digits.slice(0, whole) || '0'}.${g.digits.slice(whole)}`);
}

/**
 * Returns the value of `raw`, or null when the grouping makes no sense as one number
 * (the caller then reads the parts separately, as in a list "22,24,26").
 */
export function parseDigits(raw: string, style: DecimalStyle): number | null {
  const g = splitGroups(raw);
  if (g === null) return null;
  const n = g.lengths.length;
  if (n === 1) return Number(g.digits);
  const group = style === 'dot' ? ',' : '.';
  const mark = style === 'dot' ? '.' : ',';
  const last = g.seps[n - 1]!;
  // How many separators before the last one are the same as the first.
  const first = g.seps[1]!;
  let same = 1;
  while (same + 1 < n && g.seps[same + 1] === first) same++;
  const allSame = same === n - 1;

  // ".08", ",77": a decimal that starts with its mark.
  if (g.lengths[0] === 0) return n === 2 ? valueOf(g, 1) : null;
  // "1 234 567", "40 000", "1 234 567.89", "1 500,5": spaces group only threes, and then either mark is the decimal one.
  if (first === ' ') {
    if (allSame && threesAfter(g, n)) return valueOf(g, -1);
    if (same === n - 2 && last !== ' ' && threesAfter(g, n - 1)) return valueOf(g, n - 1);
    return null;
  }
  // The language's own grouping: "1,500,000.5" / "1.500.000,5".
  if (first === group) {
    if (allSame && threesAfter(g, n)) return valueOf(g, -1);
    if (same === n - 2 && last === mark && threesAfter(g, n - 1)) return valueOf(g, n - 1);
  }
  // One decimal mark: "4.76" / "4,76".
  if (n === 2 && first === mark) return valueOf(g, 1);
  // The other style's decimal mark with a tail that cannot be a thousands group ("5.7" on an Indonesian
  // page, "4,76" on an English one): writers mix styles, so it is read as a decimal.
  if (n === 2 && first === group && g.lengths[1] !== 3) return valueOf(g, 1);
  // The other style's thousands groups ("1.200.000" on an English page). On a dot page exactly two
  // groups: four ("192.168.100.100") would be an IP address as often as a number.
  if (first === mark && allSame && threesAfter(g, n) && (style === 'comma' || n === 3)) return valueOf(g, -1);
  // Both marks in the other style's order ("1,234.5" quoted on an Indonesian page): the last mark is the decimal one.
  if (first === mark && same === n - 2 && last === group && threesAfter(g, n - 1)) return valueOf(g, n - 1);
  return null;
}
