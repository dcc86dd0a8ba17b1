/**
 * Reads numbers written as words, in English ("two hundred and fifty thousand", "two-thirds",
 * "one and a half million", "nine point nought four") and Indonesian ("seratus dua puluh lima ribu",
 * "satu setengah juta", "dua pertiga", "dua koma lima"). The input is the run of lower-case words the
 * scanner collected; the readers take the longest prefix that is one well-formed number, so
 * "one two three" is three numbers and "dua tiga" ("two or three") is not five.
 */
import { EN_FRACTIONS, EN_SCALES, EN_SMALL, ID_FRACTION_DENOMINATORS, ID_ONE_FORMS, ID_SCALES, ID_UNITS } from './lexicon.ts';

export interface WordNumber {
  value: number;
  /** How many of the given words make the number. */
  used: number;
  /** A fraction ("two thirds", "a half", "dua pertiga"), not scaled to a count. */
  fraction: boolean;
  /** A scale was read ("million", "ribu", "dozen"). */
  scaled: boolean;
  /** Number words read, not counting "a", "and", "of". */
  numberWords: number;
}

/** Words the English reader may use, so the scanner knows where to stop collecting. */
export const EN_NUMBER_VOCABULARY = new Set([
  ...Object.keys(EN_SMALL), ...Object.keys(EN_SCALES), ...Object.keys(EN_FRACTIONS), 'hundred', 'dozen', 'dozens', 'and', 'a', 'an', 'point', 'of',
]);
/** Words the Indonesian reader may use. */
export const ID_NUMBER_VOCABULARY = new Set([
  ...Object.keys(ID_UNITS), ...Object.keys(ID_ONE_FORMS), ...Object.keys(ID_SCALES), 'belas', 'puluh', 'ratus', 'setengah', 'separuh', 'koma',
  ...Object.keys(ID_FRACTION_DENOMINATORS).map((d) => 'per' + d),
]);

/** English words that take "a" for one: "a hundred", "a million", "a dozen", "a half", "a fifth". */
export function takesEnglishArticle(word: string): boolean {
  return word === 'hundred' || word === 'dozen' || EN_SCALES[word] !== undefined || EN_FRACTIONS[word] !== undefined;
}

const enScale = (w: string | undefined): number | undefined => (w === undefined ? undefined : (EN_SCALES[w] ?? (w === 'dozen' || w === 'dozens' ? 12 : undefined)));

type EnLast = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

export function readEnglishNumber(t: readonly string[]): WordNumber | null {
  const article = t[0] === 'a' || t[0] === 'an';
  let i = article ? 1 : 0;
  const first = t[i];
  if (first === undefined) return null;

  // A fraction on its own: "a half", "a quarter million", "half a dozen", "half million", "a trillionth".
  const lone = EN_FRACTIONS[first];
  if (lone !== undefined) {
    if (!article && first !== 'half' && first !== 'quarter') return null;
    let used = i + 1;
    let scale = enScale(t[used]);
    if (scale === undefined && (t[used] === 'a' || t[used] === 'an') && enScale(t[used + 1]) !== undefined) {
      scale = enScale(t[used + 1]);
      used++;
    }
    if (scale !== undefined) return { value: lone * scale, used: used + 1, fraction: false, scaled: true, numberWords: 2 };
    if (!article && first !== 'half') return null;
    return { value: lone, used, fraction: true, scaled: false, numberWords: 1 };
  }

  // The whole part: "twenty-one trillion three hundred", "two hundred and two thousand".
  let total = 0;
  let group = 0;
  let last: EnLast = 'none';
  let lastScale = 1;
  let scaled = false;
  let numberWords = 0;
  let zero = false;
  for (; i < t.length; i++) {
    const w = t[i]!;
    const small = EN_SMALL[w];
    if (small !== undefined) {
      if ((article && last === 'none') || zero) break;
      if (small === 0 && last !== 'none') break;
      const cls: EnLast = small < 10 ? 'unit' : small < 20 ? 'teen' : 'tens';
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && (cls !== 'unit' || small === 0)) break;
      if (small === 0) zero = true;
      group += small;
      last = cls;
      numberWords++;
      continue;
    }
    if (w === 'hundred') {
      if (zero || last === 'hundred' || (last === 'none' && !article) || (last === 'scale' && group === 0 && !article)) break;
      group = (group || 1) * 100;
      last = 'hundred';
      numberWords++;
      continue;
    }
    const s = enScale(w);
    if (s !== undefined) {
      if (zero || (last === 'none' && !article)) break;
      if (s === 12) {
        group = (group || 1) * 12;
        last = 'hundred';
      } else if (last === 'scale' && group === 0) {
        // "three thousand millions": a scale of a scale.
        if (s <= lastScale) break;
        total *= s;
        lastScale = s;
      } else {
        total += (group || 1) * s;
        group = 0;
        last = 'scale';
        lastScale = s;
      }
      scaled = true;
      numberWords++;
      continue;
    }
    if (w === 'and' && (last === 'hundred' || last === 'scale') && EN_SMALL[t[i + 1] ?? ''] !== undefined && EN_FRACTIONS[t[i + 2] ?? ''] === undefined) {
      if (EN_SMALL[t[i + 1]!] === 0) break;
      continue; // "one hundred and six"
    }
    break;
  }
  if (numberWords === 0) {
    // "a hundred" with nothing read is impossible; an article alone is not a number.
    return null;
  }
  const whole = total + group;

  // A numerator and a denominator: "two thirds", "five eighths of", "two thirds of a million", "three quarters billion".
  // A singular denominator takes only "one" ("one fifth"); "twenty fifth" is an ordinal.
  const denominatorWord = t[i] ?? '';
  const denominator = EN_FRACTIONS[denominatorWord];
  const plural = denominatorWord.endsWith('s');
  if (denominator !== undefined && !scaled && whole < 20 && whole > 0 && (plural || whole === 1)) {
    let used = i + 1;
    let value = whole * denominator;
    let scale = enScale(t[used]);
    if (scale === undefined && t[used] === 'of' && (t[used + 1] === 'a' || t[used + 1] === 'an') && enScale(t[used + 2]) !== undefined) {
      scale = enScale(t[used + 2]);
      used += 2;
    }
    if (scale !== undefined) return { value: value * scale, used: used + 1, fraction: false, scaled: true, numberWords: numberWords + 2 };
    return { value, used, fraction: true, scaled: false, numberWords: numberWords + 1 };
  }

  // "and a half", "and three fifths", "million and a quarter".
  if (t[i] === 'and') {
    const tail = readFractionTail(t, i + 1);
    if (tail !== null) {
      let used = tail.next;
      let value: number;
      if (last === 'scale' && group === 0) value = total + tail.value * lastScale;
      else {
        value = whole + tail.value;
        const s = enScale(t[used]);
        if (s !== undefined && !scaled) {
          // "five and a half million"
          value *= s;
          used++;
          scaled = true;
        }
      }
      return { value, used, fraction: false, scaled, numberWords: numberWords + 2 };
    }
  }

  // "nine point nought four", "two point two million", "nought point eleven".
  if (t[i] === 'point' && !article) {
    let digits = '';
    let j = i + 1;
    while (j < t.length) {
      const d = EN_SMALL[t[j]!];
      if (d === undefined) break;
      if (d >= 20 && d % 10 === 0) {
        const unit = EN_SMALL[t[j + 1] ?? ''];
        if (unit !== undefined && unit > 0 && unit < 10) {
          digits += String(d + unit);
          j += 2;
          continue;
        }
      }
      digits += String(d);
      j++;
    }
    if (digits) {
      let value = whole + Number(`0.${digits}`);
      const s = enScale(t[j]);
      if (s !== undefined && s > 12) {
        value *= s;
        j++;
        scaled = true;
      }
      return { value, used: j, fraction: false, scaled, numberWords: numberWords + (j - i) };
    }
  }

  return { value: whole, used: i, fraction: false, scaled, numberWords };
}

/** After "and": "a half", "one half", "a quarter", "three quarters", "three fifths". */
function readFractionTail(t: readonly string[], i: number): { value: number; next: number } | null {
  const w = t[i];
  if (w === undefined) return null;
  const numerator = w === 'a' || w === 'an' ? 1 : EN_SMALL[w];
  if (numerator === undefined || numerator === 0 || numerator >= 20) return null;
  const frac = EN_FRACTIONS[t[i + 1] ?? ''];
  if (frac === undefined) return null;
  return { value: numerator * frac, next: i + 2 };
}

type IdLast = 'none' | 'unit' | 'belas' | 'puluh' | 'ratus' | 'scale' | 'half';

export function readIndonesianNumber(t: readonly string[]): WordNumber | null {
  let total = 0;
  let group = 0;
  let pending = 0;
  let last: IdLast = 'none';
  let scaled = false;
  let numberWords = 0;
  let i = 0;
  for (; i < t.length; i++) {
    const w = t[i]!;
    const unit = ID_UNITS[w];
    if (unit !== undefined) {
      if (last === 'unit' || last === 'belas' || last === 'half') break;
      if (unit === 0 && last !== 'none') break;
      pending = unit;
      last = 'unit';
      numberWords++;
      continue;
    }
    if (w === 'belas' || w === 'puluh' || w === 'ratus') {
      if (last !== 'unit' || pending < 1) break;
      group += w === 'belas' ? pending + 10 : pending * (w === 'puluh' ? 10 : 100);
      pending = 0;
      last = w;
      numberWords++;
      continue;
    }
    const one = ID_ONE_FORMS[w];
    if (one) {
      const kind = one[1];
      if (kind === 'puluh' || kind === 'belas') {
        // "sepuluh", "sebelas"; after "seratus" too ("seratus sepuluh").
        if (last !== 'none' && last !== 'ratus' && last !== 'scale') break;
        group += kind === 'puluh' ? 10 : 11;
        last = kind;
      } else if (kind === 'ratus') {
        if (last !== 'none' && last !== 'scale') break;
        group += 100;
        last = 'ratus';
      } else {
        // "seribu", "sejuta": only where a new group may start.
        if (group + pending > 0 || (last !== 'none' && last !== 'scale')) break;
        total += ID_SCALES[kind]!;
        last = 'scale';
        scaled = true;
      }
      numberWords++;
      continue;
    }
    const s = ID_SCALES[w];
    if (s !== undefined) {
      const g = group + pending;
      if (g === 0) break;
      total += g * s;
      group = 0;
      pending = 0;
      last = 'scale';
      scaled = true;
      numberWords++;
      continue;
    }
    if (w === 'setengah' || w === 'separuh') {
      // "satu setengah juta" = 1.5 million; "setengah juta" = half a million.
      if (last === 'unit') pending += 0.5;
      else if (last === 'none') pending = 0.5;
      else break;
      last = 'half';
      numberWords++;
      continue;
    }
    break;
  }
  if (numberWords === 0) return null;
  const whole = total + group + pending;

  // "dua pertiga", "tiga perempat".
  const next = t[i];
  if (next !== undefined && next.startsWith('per') && !scaled && whole >= 1 && whole < 10 && Number.isInteger(whole)) {
    const denominator = ID_FRACTION_DENOMINATORS[next.slice(3)];
    if (denominator !== undefined) return { value: whole / denominator, used: i + 1, fraction: true, scaled: false, numberWords: numberWords + 1 };
  }
  // "dua koma lima", "tiga koma dua lima".
  if (next === 'koma' && Number.isInteger(whole)) {
    let digits = '';
    let j = i + 1;
    while (j < t.length && ID_UNITS[t[j]!] !== undefined) digits += String(ID_UNITS[t[j++]!]);
    if (digits) {
      let value = whole + Number(`0.${digits}`);
      const s = ID_SCALES[t[j] ?? ''];
      if (s !== undefined) {
        value *= s;
        j++;
        scaled = true;
      }
      return { value, used: j, fraction: false, scaled, numberWords: numberWords + (j - i) };
    }
  }
  const half = last === 'half' && numberWords === 1;
  return { value: whole, used: i, fraction: half, scaled, numberWords };
}
