/**
 * Reads numbers written as words, in English ("two hundred and fifty thousand") and
 * Indonesian ("seratus dua puluh lima ribu", "satu setengah juta"). The input is a list of
 * lower-case words that the scanner already found to be number words.
 */
import { EN_SMALL, ID_ONE_FORMS, ID_UNITS, SCALE_WORDS } from './lexicon.ts';

const BIG_SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
};

/** English: "a hundred", "twenty-five", "two hundred and fifty thousand", "one and a half million". */
export function parseEnglishWords(words: string[]): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') continue;
    if (w === 'a' || w === 'an') {
      // "a hundred", "a million"; "and a half"
      const next = words[i + 1];
      if (next === 'half') {
        group += 0.5;
        i++;
        seen = true;
        continue;
      }
      group += 1;
      seen = true;
      continue;
    }
    if (w === 'half') {
      group += 0.5;
      seen = true;
      continue;
    }
    const small = EN_SMALL[w];
    if (small !== undefined) {
      group += small;
      seen = true;
      continue;
    }
    if (w === 'hundred' || w === 'dozen') {
      group = (group || 1) * (w === 'dozen' ? 12 : 100);
      seen = true;
      continue;
    }
    const scale = BIG_SCALES[w];
    if (scale !== undefined) {
      total += (group || 1) * scale;
      group = 0;
      seen = true;
      continue;
    }
    return null;
  }
  return seen ? total + group : null;
}

/** Indonesian: "dua puluh", "sebelas", "seratus dua puluh lima", "satu setengah juta". */
export function parseIndonesianWords(words: string[]): number | null {
  let total = 0;
  let group = 0;
  let pending = 0;
  let seen = false;
  const applyScale = (name: string): boolean => {
    switch (name) {
      case 'belas':
        group += (pending || 1) + 10;
        break;
      case 'puluh':
        group += (pending || 1) * 10;
        break;
      case 'ratus':
        group += (pending || 1) * 100;
        break;
      default: {
        const scale = BIG_SCALES[name];
        if (scale === undefined) return false;
        total += (group + pending || 1) * scale;
        group = 0;
      }
    }
    pending = 0;
    return true;
  };
  for (const w of words) {
    const unit = ID_UNITS[w];
    if (unit !== undefined) {
      group += pending;
      pending = unit;
      seen = true;
      continue;
    }
    const one = ID_ONE_FORMS[w];
    if (one) {
      group += pending;
      pending = one[0];
      if (!applyScale(one[1])) return null;
      seen = true;
      continue;
    }
    if (w === 'setengah' || w === 'separuh') {
      pending += 0.5;
      seen = true;
      continue;
    }
    if (w === 'belas' || w === 'puluh' || w === 'ratus' || SCALE_WORDS[w] !== undefined) {
      if (!applyScale(w)) return null;
      seen = true;
      continue;
    }
    return null;
  }
  return seen ? total + group + pending : null;
}
