/**
 * Lower-cases text without changing its length, so offsets found in the lower-case copy
 * are offsets in the original ("İ".toLowerCase() is two code units long).
 */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
