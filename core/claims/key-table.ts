/**
 * Finds which of a fixed set of words or phrases starts at a position, longest first,
 * on word edges. Keys are lower case; the caller passes lower-case text.
 */
import { isDigitCode, isLetterCode } from '../text/char-classes.ts';

const isWordCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c);

export class KeyTable {
  /** Keys by the code of their first character, longest first. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const k = key.toLowerCase();
      const list = this.byFirst.get(k.charCodeAt(0)) ?? [];
      if (!list.includes(k)) list.push(k);
      this.byFirst.set(k.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Length of the longest key at `p`, or 0. A key that ends in a letter or digit must end a word. */
  matchAt(lower: string, p: number): number {
    const list = this.byFirst.get(lower.charCodeAt(p));
    if (!list) return 0;
    for (const key of list) {
      if (!lower.startsWith(key, p)) continue;
      const end = p + key.length;
      if (end < lower.length && isWordCode(key.charCodeAt(key.length - 1)) && isWordCode(lower.charCodeAt(end))) continue;
      return key.length;
    }
    return 0;
  }

}
