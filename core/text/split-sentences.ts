/**
 * Splits text into sentences by offsets. Good enough for news prose in English and Indonesian:
 * a sentence ends at . ! ? or a line break, unless the dot belongs to a number ("5.7"),
 * an abbreviation ("U.S.", "Rp.", "Jl.") or an initial.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rp', 'jl', 'tel', 'hal', 'dll', 'dsb', 'tsb', 'yth', 'a.m', 'p.m',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'approx', 'est', 'fig', 'vol', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'bpk', 'ibu', 'sdr',
]);

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    let boundary = false;
    let end = i + 1;
    if (ch === 10 /* \n */) {
      boundary = true;
      end = i;
    } else if (ch === 46 /* . */ || ch === 33 /* ! */ || ch === 63 /* ? */) {
      const next = text.charCodeAt(i + 1);
      // Only a dot followed by white space (or the end) can end a sentence.
      if (i + 1 >= n || next === 32 || next === 10 || next === 160 || next === 9) {
        if (ch !== 46 || !endsWithAbbreviation(text, i)) boundary = true;
      } else if (next === 34 || next === 8221 || next === 39 || next === 8217 || next === 41) {
        boundary = true;
        end = i + 2;
        i++;
      }
    }
    if (boundary) {
      if (end > start) pushTrimmed(text, start, end, spans);
      start = end;
    }
  }
  if (start < n) pushTrimmed(text, start, n, spans);
  return spans;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let j = dot - 1;
  while (j >= 0 && /[\p{L}.]/u.test(text[j]!)) j--;
  const word = text.slice(j + 1, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Index of the sentence holding `offset`, by binary search. */
export function sentenceIndexAt(spans: SentenceSpan[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(spans.length - 1, lo - 1));
}
