/**
 * A number and what was read around it, before ranges are joined and claims are made,
 * and the context every reader shares.
 */
import type { ValueKind } from './claim-types.ts';
import type { DecimalStyle } from '../numbers/parse-digits.ts';
import type { BoundSide, Direction } from '../numbers/qualifiers.ts';

/**
 * Every field is always present (optional ones hold undefined) and set in one order by `newMention`,
 * so all mentions share one object shape: property reads stay fast on pages with thousands of numbers.
 */
export interface Mention {
  /** Start of the figure: the number, or a currency, sign or article that belongs to it ("$", "minus", "a dozen"). */
  start: number;
  /** End of everything read: the figure and the counted noun, "per year", a trailing "or more". */
  end: number;
  /** Start of the figure once joined: "between" or "from" before a range or change, else `start`. */
  figureStart: number;
  /** End of the figure itself: number, currency, scale, percent sign. */
  figureEnd: number;
  value: number;
  valueKind: ValueKind;
  unit: string | null;
  per: string | undefined;
  /** Multiplier read from a scale word, so "10 to 20 million" can lend it to the 10. */
  scale: number;
  /** Written in words. */
  words: boolean;
  /** A figure on its own (has a unit, currency, percent or scale, or is written in digits). */
  standalone: boolean;
  /** Has something after it that says what it counts. */
  hasUnit: boolean;
  approx: boolean;
  /** A sign written with the number ("-0,87%", "+5%", "minus 5"). */
  sign: '+' | '-' | undefined;
  /** An open bound written after the figure ("or more", "atau lebih"). */
  bound: BoundSide | undefined;
  /** Approximation or bound words right before the figure ("about", "more than", "kurang dari"), once read. */
  qualifier: Qualifier | undefined;
  /** Set when neighbours are joined: "10 to 20" is a range, "dari 10% menjadi 90%" a change. */
  range: [number, number] | undefined;
  change: { from: number | null; to: number } | undefined;
  direction: Direction | undefined;
}

export interface Qualifier {
  start: number;
  bound: BoundSide | undefined;
}

export interface ScanContext {
  text: string;
  /** `text` in lower case, same length. */
  lower: string;
  lang: string;
  style: DecimalStyle;
  /** English-style number words (false: Indonesian). */
  english: boolean;
  /** End of the last mention read, so a reader knows "-20k" in "5k-20k" continues a range. */
  prevEnd: number;
}

export function newMention(start: number, end: number, value: number, words: boolean): Mention {
  return {
    start,
    end,
    figureStart: start,
    figureEnd: end,
    value,
    valueKind: 'count',
    unit: null,
    per: undefined,
    scale: 1,
    words,
    standalone: !words,
    hasUnit: false,
    approx: false,
    sign: undefined,
    bound: undefined,
    qualifier: undefined,
    range: undefined,
    change: undefined,
    direction: undefined,
  };
}

/** A copy with the same shape. */
export function copyMention(m: Mention): Mention {
  return Object.assign(newMention(m.start, m.end, m.value, m.words), m);
}

/** Sets a kind that says what the figure is ("percent", "money", a unit), marking it as having a unit. */
export function setUnit(m: Mention, kind: ValueKind, unit: string | null): void {
  m.valueKind = kind;
  m.unit = unit;
  m.hasUnit = true;
}
