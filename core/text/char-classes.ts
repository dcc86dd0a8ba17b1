/**
 * Character tests on UTF-16 code units, fast for the ASCII that most text is made of.
 * Letters outside ASCII are looked up once with a Unicode regex and remembered.
 */
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** 0: not looked up yet, 1: letter or mark, 2: neither. One entry per BMP code unit. */
const letterCache = new Uint8Array(65536);

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return false; // half of a surrogate pair: emoji and rare scripts
  let v = letterCache[c]!;
  if (v === 0) {
    v = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    letterCache[c] = v;
  }
  return v === 1;
}

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Spaces inside a line: space, tab, no-break space and the narrow no-break space used to group digits. */
export const isSpaceCode = (c: number): boolean => c === 32 || c === 160 || c === 0x202f || c === 9 || c === 0x2009;

export function skipSpaces(text: string, p: number): number {
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  return p;
}

export function skipSpacesBack(text: string, p: number): number {
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
  return p;
}
