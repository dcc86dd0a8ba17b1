/**
 * Joins neighbouring numbers into ranges ("10 to 20 years", "20-30 persen", "between 20% and 30%",
 * "sepuluh hingga dua puluh tahun") and changes ("from 10% to 90%", "dari 10% menjadi 90%",
 * "turun menjadi 15%"), and ratios written with digits ("1 in 4", "1 dari 4").
 */
import type { Mention } from './find-number-mentions.ts';
import { CHANGE_VERBS, wordBefore } from './find-number-mentions.ts';

export interface Joined extends Mention {
  range?: [number, number];
  change?: { from: number | null; to: number };
}

const RANGE_GAPS = new Set(['-', '–', '—', 'to', 'hingga', 'sampai', 'sampai dengan', 's.d.', 's/d', 'until', 'a', 'à', 'bis', 'hasta', 'até']);
const CHANGE_GAPS = new Set(['to', 'menjadi', 'ke', 'jadi', 'a', 'para', 'auf', 'à']);
const BETWEEN_GAPS = new Set(['and', 'dan', 'y', 'e', 'et', 'und']);
const FROM_WORDS = new Set(['from', 'dari', 'de', 'von', 'desde']);
const BETWEEN_WORDS = new Set(['between', 'antara', 'entre', 'zwischen']);

export function combineRangesAndChanges(text: string, lower: string, mentions: Mention[]): Joined[] {
  const out: Joined[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b) {
      const gap = lower.slice(a.end, b.start).trim().replace(/\s+/g, ' ');
      const lead = wordBefore(lower, a.start);
      const compatible = compatibleKinds(a, b);
      if (compatible && gap.length <= 14 && !gap.includes('\n')) {
        const fromWord = FROM_WORDS.has(lead.word);
        if (fromWord && CHANGE_GAPS.has(gap)) {
          out.push(join(a, b, lead.start, 'change'));
          i++;
          continue;
        }
        if (BETWEEN_WORDS.has(lead.word) && BETWEEN_GAPS.has(gap)) {
          out.push(join(a, b, lead.start, 'range'));
          i++;
          continue;
        }
        if (RANGE_GAPS.has(gap) && !(gap === 'a' && !fromWord)) {
          out.push(join(a, b, fromWord ? lead.start : a.start, 'range'));
          i++;
          continue;
        }
        if (gap === 'in' || gap === 'out of' || gap === 'dari') {
          // "1 in 4", "1 dari 4": a share written as a ratio.
          if (!a.words && !b.words && a.valueKind === 'count' && b.valueKind === 'count' && !a.hasUnit && a.value > 0 && a.value < b.value && b.value <= 100) {
            out.push({ ...a, end: b.end, value: a.value / b.value, valueKind: 'fraction', standalone: true, hasUnit: true, range: undefined });
            i++;
            continue;
          }
        }
      }
    }
    // "turun menjadi 15%", "fell to 15%", "naik ke 20 persen".
    const gapWord = wordBefore(lower, a.start);
    if ((gapWord.word === 'menjadi' || gapWord.word === 'to' || gapWord.word === 'ke') && a.standalone) {
      const verb = wordBefore(lower, gapWord.start);
      if (CHANGE_VERBS.has(verb.word)) {
        out.push({ ...a, start: verb.start, change: { from: null, to: a.value } });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function compatibleKinds(a: Mention, b: Mention): boolean {
  if (!a.hasUnit) return b.standalone || b.hasUnit || !a.words;
  if (a.valueKind !== b.valueKind) return false;
  return a.unit === null || b.unit === null || a.unit === b.unit;
}

function join(a: Mention, b: Mention, start: number, as: 'range' | 'change'): Joined {
  // The first number borrows what only the second one says: "10 to 20 million years".
  let low = a.value;
  if (!a.hasUnit && a.scale === 1 && b.scale > 1) low *= b.scale;
  const unit = b.unit ?? a.unit;
  const valueKind = b.hasUnit ? b.valueKind : a.valueKind;
  const joined: Joined = {
    start: Math.min(start, a.start),
    end: b.end,
    value: low,
    valueKind,
    unit,
    per: b.per ?? a.per,
    scale: b.scale,
    words: a.words || b.words,
    standalone: a.standalone || b.standalone || a.hasUnit || b.hasUnit,
    hasUnit: true,
    approx: a.approx || b.approx,
  };
  if (as === 'change') joined.change = { from: low, to: b.value };
  else joined.range = [Math.min(low, b.value), Math.max(low, b.value)];
  return joined;
}
