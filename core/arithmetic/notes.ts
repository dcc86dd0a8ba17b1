/**
 * The worked arithmetic of a finding, in the article's language (English, or Indonesian for
 * id/ms pages): "3,000 is 40% below 5,000, not 60%", "3.000 adalah 40% di bawah 5.000, bukan 60%".
 */

const MALAY = new Set(['id', 'ms']);

export const speaksIndonesian = (lang: string): boolean => MALAY.has(lang);

/** A computed number, rounded the way a reader would write it, in the language's separators. */
export function formatNumber(value: number, lang: string): string {
  const v = Math.abs(value);
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : v >= 1 ? 1 : 2;
  return new Intl.NumberFormat(speaksIndonesian(lang) ? 'id-ID' : 'en-US', { maximumFractionDigits: digits }).format(value);
}

export function changeNote(lang: string, p: { to: string; from: string; percent: number; up: boolean; stated: string }): string {
  const pct = `${formatNumber(p.percent, lang)}%`;
  return speaksIndonesian(lang)
    ? `${p.to} adalah ${pct} ${p.up ? 'di atas' : 'di bawah'} ${p.from}, bukan ${p.stated}`
    : `${p.to} is ${pct} ${p.up ? 'above' : 'below'} ${p.from}, not ${p.stated}`;
}

export function pointsNote(lang: string, p: { to: string; from: string; points: number; percent: number; stated: string }): string {
  const pts = formatNumber(p.points, lang);
  const pct = `${formatNumber(p.percent, lang)}%`;
  return speaksIndonesian(lang)
    ? `dari ${p.from} ke ${p.to} adalah ${pts} poin persentase (${pct}), bukan ${p.stated}`
    : `${p.from} to ${p.to} is ${pts} percentage points (${pct}), not ${p.stated}`;
}

export function ratioNote(lang: string, p: { big: string; small: string; ratio: number; stated: string }): string {
  const r = formatNumber(p.ratio, lang);
  return speaksIndonesian(lang) ? `${p.big} adalah ${r} kali ${p.small}, bukan ${p.stated}` : `${p.big} is ${r} times ${p.small}, not ${p.stated}`;
}

/** `total` empty: the part is a ratio on its own ("one in four"). */
export function shareNote(lang: string, p: { part: string; total: string; percent: number; stated: string }): string {
  const pct = `${formatNumber(p.percent, lang)}%`;
  if (!p.total) return speaksIndonesian(lang) ? `${p.part} adalah ${pct}, bukan ${p.stated}` : `${p.part} is ${pct}, not ${p.stated}`;
  return speaksIndonesian(lang) ? `${p.part} dari ${p.total} adalah ${pct}, bukan ${p.stated}` : `${p.part} of ${p.total} is ${pct}, not ${p.stated}`;
}

export function sumNote(lang: string, p: { parts: string[]; sum: number; stated: string }): string {
  const sum = `${p.parts.join(' + ')} = ${formatNumber(p.sum, lang)}`;
  return speaksIndonesian(lang) ? `${sum}, bukan ${p.stated}` : `${sum}, not ${p.stated}`;
}

/** `factor`: how many times larger (or smaller) this mention is than the other, at least 1. */
export function scaleNote(lang: string, p: { here: string; other: string; factor: number; larger: boolean }): string {
  const f = formatNumber(p.factor, lang);
  return speaksIndonesian(lang)
    ? `${p.here} di sini, tetapi ${p.other} di dekatnya: angka yang sama, ${f} kali ${p.larger ? 'lebih besar' : 'lebih kecil'}`
    : `${p.here} here, but ${p.other} nearby: the same digits, ${f} times ${p.larger ? 'larger' : 'smaller'}`;
}
