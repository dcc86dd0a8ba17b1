/**
 * Reads a run of digits and separators ("1.500", "4,76", "1,500.5", "40 000") as a number.
 * Which separator is the decimal mark depends on the language: English writes 1,500.5,
 * Indonesian and most of continental Europe write 1.500,5.
 */

export type DecimalStyle = 'dot' | 'comma';

/** Languages that write a decimal comma. Everything else reads a decimal point. */
const COMMA_DECIMAL = new Set(['id', 'ms', 'es', 'pt', 'fr', 'de', 'it', 'nl', 'tr', 'ru', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'ro', 'vi']);

export function decimalStyleFor(lang: string): DecimalStyle {
  return COMMA_DECIMAL.has(lang) ? 'comma' : 'dot';
}

/**
 * Returns the value of `raw`, or null when the grouping makes no sense as one number
 * (the caller then reads the parts separately, as in a list "22,24,26").
 */
export function parseDigits(raw: string, style: DecimalStyle): number | null {
  const compact = raw.replace(/[\u00a0\u202f]/g, ' ');
  if (/^\d+$/.test(compact)) return Number(compact);
  const group = style === 'dot' ? ',' : '.';
  const decimal = style === 'dot' ? '.' : ',';
  // Space-like grouping ("1 234 567", "40 000"): groups of exactly three after the first.
  if (/^\d{1,3}( \d{3})+$/.test(compact)) return Number(compact.replace(/ /g, ''));
  if (compact.includes(' ')) return null;
  const groupRe = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (groupRe.test(compact)) {
    return Number(compact.split(group).join('').replace(decimal, '.'));
  }
  const decimalRe = new RegExp(`^\\d+\\${decimal}\\d+$`);
  if (decimalRe.test(compact)) return Number(compact.replace(decimal, '.'));
  // The other language's decimal mark with a non-three-digit tail ("5.7" on an Indonesian page)
  // is read as a decimal: writers mix styles, and "5.7" cannot be a thousands group.
  const foreignDecimal = new RegExp(`^\\d+\\${group}(\\d{1,2}|\\d{4,})$`);
  if (foreignDecimal.test(compact)) return Number(compact.replace(group, '.'));
  return null;
}
