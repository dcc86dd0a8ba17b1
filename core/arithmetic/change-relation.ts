/**
 * A change and the movement stated with it: "from 5,000 to 3,000, a 60% cut", "naik 25 persen dari
 * 400 menjadi 500 orang", "mencapai 936 MW, meningkat dari 430 MW atau tumbuh 210 persen", "tripled
 * from 10 to 30". The percent must follow from the two endpoints, within the rounding the text shows.
 *
 * Never flagged: a percent that may be in percentage points when the endpoints are percents, a rate
 * per year (compound growth), a percent whose direction disagrees with the endpoints (another
 * quantity), and a percent in another clause ("…, while profit grew 10%").
 */
import type { Claim } from '../claims/claim-types.ts';
import { findNumberMentions } from '../claims/find-number-mentions.ts';
import { MOVEMENT_VERBS } from '../numbers/qualifiers.ts';
import { FROM_WORDS, MOVED_FROM, SET_AGAINST } from '../numbers/range-words.ts';
import { wordAfter, wordBefore } from '../text/words-around.ts';
import type { ArithmeticFinding } from './arithmetic-check.ts';
import type { ArticleLayout } from './article-layout.ts';
import { changeNote, pointsNote, ratioNote } from './notes.ts';
import { claimInterval, gapBetween, halfUnit, isAmount, mid, numberTokens, statedInterval, type Interval } from './stated-interval.ts';

/** Two endpoints of one quantity, with where they stand. */
interface Endpoints {
  /** As stated, and the interval their rounding allows. */
  fromValue: number;
  toValue: number;
  from: Interval;
  to: Interval;
  fromText: string;
  toText: string;
  members: number[];
  start: number;
  end: number;
  percent: boolean;
}

/** Before the later endpoint when the earlier one comes after it: "rose to $1.4 billion from $1 billion". */
const TO_WORDS = new Set(['to', 'menjadi', 'jadi', 'ke', 'mencapai', 'reach', 'reached', 'reaching', 'reaches', 'hit']);
/** Movement written before a figure, beyond the verbs the extractor knows: "a cut of 40%", "pertumbuhan 210 persen". */
const MOVE_BEFORE = new Set([
  'by', 'sebesar', 'growth', 'increase', 'decrease', 'decline', 'drop', 'rise', 'jump', 'cut', 'fall', 'reduction', 'gain', 'surge',
  'kenaikan', 'penurunan', 'pertumbuhan', 'peningkatan', 'lonjakan', 'pengurangan', 'tumbuh', 'naik', 'turun',
]);
/** Movement written after a figure: "a 60% cut", "60% lower", "40 persen lebih". */
const MOVE_AFTER = new Set([
  'cut', 'cuts', 'increase', 'rise', 'drop', 'decline', 'jump', 'growth', 'gain', 'fall', 'reduction', 'decrease', 'surge', 'lower', 'higher',
  'fewer', 'less', 'more', 'below', 'above', 'up', 'down', 'kenaikan', 'penurunan', 'pertumbuhan', 'peningkatan', 'lebih',
]);
const DOWN_WORDS = new Set(['cut', 'cuts', 'drop', 'decline', 'fall', 'reduction', 'decrease', 'lower', 'fewer', 'less', 'below', 'down', 'penurunan', 'pengurangan', 'turun']);
const UP_WORDS = new Set(['increase', 'rise', 'jump', 'growth', 'gain', 'surge', 'higher', 'above', 'up', 'kenaikan', 'pertumbuhan', 'peningkatan', 'lonjakan', 'tumbuh', 'naik']);
/** A percent counted per period is a rate, not the change between the endpoints (compound growth). */
const RATE_WORDS = /\b(a|per|each|every) (year|month|quarter|annum)\b|\bannual(ly)?\b|\bcagr\b|\bcompound|\baverage\b|\bper (tahun|bulan|kuartal)\b|\b(setiap|tiap) (tahun|bulan)\b|\bsetahun\b|\btahunan\b|\brata-rata\b|\bsebulan\b|\bper year\b/;
/** Between two figures, these start another clause, often about another quantity. */
const CLAUSE_BREAK =
  /[;:]|\b(and|while|whereas|but|although|though|compared|versus|vs|with|as|because|after|when|where|which|dan|sementara|sedangkan|namun|tetapi|padahal|dibanding(kan)?|serta|karena|setelah|ketika|seiring)\b/;
/** Right after a percent: the base or period it is measured from, when it is not the endpoints'. */
const OTHER_BASE = /^(since|sejak|from|dari|compared|dibanding(kan)?|versus|vs|over|selama|in|pada|year|tahun|earlier|sebelumnya|ago|lalu|on|atas|yoy|y\/y)\b/;
/** "30% more than expected": a comparison with another base, not the movement between the endpoints. */
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'lebih']);
const POINTS = /\b(percentage )?points?\b|\bpoin\b|\bpp\b|\bbasis\b/;

/** The word before a claim (before its approximation words, which are part of it). */
function lead(layout: ArticleLayout, c: Claim): string {
  return wordBefore(layout.lower, c.start).word;
}

function endpointsOf(layout: ArticleLayout, lang: string, members: number[]): Endpoints[] {
  const { text, claims } = layout;
  const out: Endpoints[] = [];
  for (const i of members) {
    const c = claims[i]!;
    if (c.kind !== 'change' || !c.change || c.change.from === null || c.approx) continue;
    const figure = text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end);
    // "4.1%, down from 4.2%": the figure reached is written first.
    const tokens = newFirst(figure) ? numberTokens(text, c).reverse() : numberTokens(text, c);
    const parts = splitChange(figure);
    const bare = { approx: false, bound: undefined };
    const [fromTol, toTol] = pairRounding(lang, isAmount(c), [c.change.from, tokens[0]], [c.change.to, tokens[tokens.length - 1]]);
    out.push({
      fromValue: c.change.from,
      toValue: c.change.to,
      from: statedInterval(c.change.from, fromTol, bare),
      to: statedInterval(c.change.to, toTol, bare),
      fromText: parts?.[0] ?? tokens[0] ?? String(c.change.from),
      toText: parts?.[1] ?? tokens[tokens.length - 1] ?? String(c.change.to),
      members: [i],
      start: c.start,
      end: c.end,
      percent: c.valueKind === 'percent',
    });
  }
  // "mencapai 936 MW …, meningkat dari 430 MW", "rose to $1.4 billion from $1 billion".
  for (let k = 0; k < members.length; k++) {
    const bi = members[k]!;
    const b = claims[bi]!;
    if (b.value === null || b.approx || !FROM_WORDS.has(lead(layout, b))) continue;
    for (const di of [-1, 1]) {
      const ai = members[k + di];
      if (ai === undefined) continue;
      const a = claims[ai]!;
      if (a.value === null || a.approx || a.kind !== b.kind || a.unit !== b.unit || !TO_WORDS.has(lead(layout, a))) continue;
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      if (CLAUSE_BREAK.test(layout.gap(first.end, second.start).replace(/^,/, ''))) continue;
      const [fromTol, toTol] = pairRounding(lang, isAmount(b), [b.value, numberTokens(text, b)[0]], [a.value, numberTokens(text, a)[0]]);
      out.push({
        fromValue: b.value,
        toValue: a.value,
        from: statedInterval(b.value, fromTol, b),
        to: statedInterval(a.value, toTol, a),
        fromText: figureText(text, b),
        toText: figureText(text, a),
        members: [ai, bi],
        start: first.start,
        end: second.end,
        percent: b.kind === 'percent',
      });
      break;
    }
  }
  return out;
}

/**
 * The rounding of two endpoints at one scale: "from $1 billion to $1.4 billion" writes tenths of a
 * billion, so the 1 is read as 1.0, as a reader reads it.
 */
function pairRounding(lang: string, exact: boolean, [a, ta]: [number, string | undefined], [b, tb]: [number, string | undefined]): [number, number] {
  const ha = halfUnit(a, ta, lang, exact);
  const hb = halfUnit(b, tb, lang, exact);
  // Both written with a scale word ("billion", "juta"), within a factor of ten: the finer rounding holds for both.
  const scaled = (v: number, t: string | undefined) => !!t && Math.abs(v) / Number(t.replace(/[^\d]/g, '')) >= 1000;
  const sameScale = scaled(a, ta) && scaled(b, tb) && Math.abs(Math.log10(a / b)) < 1;
  return sameScale ? [Math.min(ha, hb), Math.min(ha, hb)] : [ha, hb];
}

/**
 * Between a change's two figures when the one reached comes first: "4.1%, down from 4.2%",
 * "Rp3.685.616 (naik dari Rp3.460.672)", "0,29 en moyenne contre 0,30".
 */
const NEW_FIRST_LINK = new RegExp(`,?\\s*\\(?\\s*(?:${MOVED_FROM}|from|dari)\\s+|\\s+${SET_AGAINST}\\s+`, 'i');
const newFirst = (figure: string): boolean => !/^(?:from|dari|de|von|desde|du)\s/i.test(figure) && NEW_FIRST_LINK.test(figure);

/** "from 5,000 to 3,000" → ["5,000", "3,000"]; "dari 400 orang menjadi 500" → ["400", "500"]; "3,000, down from 5,000" → ["5,000", "3,000"]. */
function splitChange(figure: string): [string, string] | null {
  if (newFirst(figure)) {
    const parts = figure.replace(/\)\s*$/, '').split(NEW_FIRST_LINK);
    return parts.length === 2 ? [numberAsWritten(parts[1]!), numberAsWritten(parts[0]!)] : null;
  }
  const body = figure.replace(/^(from|dari|de|von|desde|du)\s+/i, '');
  const parts = body.split(/\s+(?:to|menjadi|jadi|ke|a|para|auf|à|au)\s+/i);
  return parts.length === 2 ? [numberAsWritten(parts[0]!), numberAsWritten(parts[1]!)] : null;
}

/** The number with its currency, scale and percent sign, without the noun counted: "430 megawatt" stays, "400 orang" → "400". */
const NUMBER_AS_WRITTEN = /^\S*?\d(?:[\d.,]*\d)?(?:\s?(?:%|percent|per cent|persen|[a-z]*illions?|juta|miliar|milyar|triliun|ribu|bn|tn|[kmbt]\b|[a-z]?w\b|megawatt|gigawatt))?/i;
function numberAsWritten(s: string): string {
  return (s.trim().match(NUMBER_AS_WRITTEN)?.[0] ?? s).trim();
}

const figureText = (text: string, c: Claim): string => numberAsWritten(text.slice(c.figureStart ?? c.start, c.end));

/** The movement the words around a percent or multiplier state: up, down, some (a movement, no side), or null (none). */
function movementOf(layout: ArticleLayout, c: Claim): 'up' | 'down' | 'some' | null {
  if (c.direction) return c.direction;
  const { lower } = layout;
  let p = c.start;
  for (let n = 0; n < 3; n++) {
    const w = wordBefore(lower, p);
    if (!w.word) break;
    const verb = MOVEMENT_VERBS[w.word];
    if (verb) return verb;
    if (MOVE_BEFORE.has(w.word)) return DOWN_WORDS.has(w.word) ? 'down' : UP_WORDS.has(w.word) ? 'up' : 'some';
    p = w.start;
  }
  const afterWord = wordAfter(lower, c.end);
  const after = afterWord.word.replace(/\.$/, '');
  if (COMPARATIVES.has(after) && /^(than|dari|daripada|tinggi|rendah|banyak|besar|kecil)$/.test(wordAfter(lower, afterWord.end).word)) return null;
  if (MOVE_AFTER.has(after)) return DOWN_WORDS.has(after) ? 'down' : UP_WORDS.has(after) ? 'up' : 'some';
  return null;
}

/** Whether a percent or multiplier is written as the movement of the endpoints beside it. */
function attached(layout: ArticleLayout, members: number[], e: Endpoints, p: Claim, pi: number): boolean {
  const between = members.filter((i) => i !== pi && !e.members.includes(i)).some((i) => {
    const c = layout.claims[i]!;
    return (c.start > Math.min(e.end, p.end) && c.start < Math.max(e.start, p.start)) || (c.start > e.start && c.start < e.end);
  });
  if (between) return false;
  const gap = p.start >= e.end ? layout.gap(e.end, p.start) : layout.gap(p.end, e.start);
  if (gap.length > 80) return false;
  // "…, down 60% since 2019": after the endpoints, a percent measured from another base or over another time.
  if (p.start >= e.end && OTHER_BASE.test(layout.gap(p.end, p.end + 24))) return false;
  // "…, a 60% cut": a comma or bracket only joins; a clause word starts another statement.
  return !CLAUSE_BREAK.test(gap);
}

export function findChangeSlips(layout: ArticleLayout, lang: string): ArithmeticFinding[] {
  const { claims } = layout;
  const findings: ArithmeticFinding[] = [];
  const bySentence = layout.claimsBySentence();
  bySentence.forEach((members, s) => {
    if (members.length < 2) return;
    const sentence = layout.sentences[s]!;
    if (RATE_WORDS.test(layout.lower.slice(sentence.start, sentence.end))) return;
    for (const e of endpointsOf(layout, lang, members)) {
      for (const pi of members) {
        if (e.members.includes(pi)) continue;
        const p = claims[pi]!;
        if ((p.kind !== 'percent' && p.kind !== 'multiplier') || p.value === null || p.per) continue;
        const move = movementOf(layout, p);
        if (move === null || !attached(layout, members, e, p, pi)) continue;
        layout.count(p.kind === 'percent' ? 'change' : 'multiple');
        const finding = p.kind === 'percent' ? checkPercent(layout, lang, e, p, move, periodsIn(layout, sentence, lang)) : checkRatio(layout, lang, e, p);
        if (finding) findings.push({ claim: pi, check: { kind: 'arithmetic', status: 'inconsistent', related: relatedOf(e, claims), ...finding } });
      }
    }
  });
  return findings;
}

const relatedOf = (e: Endpoints, claims: Claim[]) => e.members.map((i) => ({ start: claims[i]!.start, end: claims[i]!.end }));

/** A gap this small is rounding or a loose writer, not a contradiction. */
function clearlyApart(stated: Interval, computed: Interval): boolean {
  const g = gapBetween(stated, computed);
  return g > 1 && g > 0.05 * Math.abs(mid(computed));
}

type Worked = { expected: { value: number; unit: string | null }; note: string };

/**
 * Periods in years the sentence spans: between the calendar years it names ("from 2022 to 2024"),
 * or a duration in years among its figures ("over five years"). A percent may be the yearly rate
 * over such a period even where the text does not say "a year". The sentence is read again for its
 * durations: a time frame ("over five years") is no claim of the page, but it still sets the period.
 */
function periodsIn(layout: ArticleLayout, sentence: { start: number; end: number }, lang: string): number[] {
  const text = layout.text.slice(sentence.start, sentence.end);
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  const periods = years.length > 1 ? [Math.max(...years) - Math.min(...years)] : [];
  for (const c of findNumberMentions(text, { lang })) {
    if (c.valueKind === 'duration' && c.unit === 'year' && c.value !== null) periods.push(c.value);
  }
  return periods.filter((n) => n >= 2 && n <= 50);
}

/** The yearly rate that compounds from the first endpoint to the second over `years`. */
function yearlyRate(e: Endpoints, up: boolean, years: number): Interval {
  const rate = (a: number, b: number) => Math.abs((b / a) ** (1 / years) - 1) * 100;
  return up ? { lo: rate(e.from.hi, e.to.lo), hi: rate(e.from.lo, e.to.hi) } : { lo: rate(e.from.lo, e.to.hi), hi: rate(e.from.hi, e.to.lo) };
}

function checkPercent(layout: ArticleLayout, lang: string, e: Endpoints, p: Claim, move: 'up' | 'down' | 'some', periods: number[]): Worked | null {
  const up = mid(e.to) > mid(e.from);
  if (mid(e.to) === mid(e.from) || e.from.lo <= 0 || e.to.lo < 0) return null;
  if ((move === 'up' && !up) || (move === 'down' && up)) return null; // another quantity, or another way of putting it
  const rel: Interval = up
    ? { lo: ((e.to.lo - e.from.hi) / e.from.hi) * 100, hi: ((e.to.hi - e.from.lo) / e.from.lo) * 100 }
    : { lo: ((e.from.lo - e.to.hi) / e.from.lo) * 100, hi: ((e.from.hi - e.to.lo) / e.from.hi) * 100 };
  const stated = claimInterval(layout.text, p, lang)!;
  const statedText = layout.text.slice(p.start, p.figureEnd ?? p.end).trim();
  const percent = (Math.abs(e.toValue - e.fromValue) / e.fromValue) * 100;
  const pointsWritten = POINTS.test(layout.lower.slice(p.start, Math.min(layout.text.length, p.end + 20)));
  if (e.percent) {
    // Between two percents, "rose 2%" may mean two percentage points: either reading will do.
    const pts: Interval = up ? { lo: e.to.lo - e.from.hi, hi: e.to.hi - e.from.lo } : { lo: e.from.lo - e.to.hi, hi: e.from.hi - e.to.lo };
    if (!clearlyApart(stated, rel) || !clearlyApart(stated, pts)) return null;
    const points = Math.abs(e.toValue - e.fromValue);
    return {
      expected: { value: round(pointsWritten ? points : percent), unit: '%' },
      note: pointsNote(lang, { from: e.fromText, to: e.toText, points, percent, stated: statedText }),
    };
  }
  if (pointsWritten) return null; // points of a count: not a reading we can check
  if (!clearlyApart(stated, rel)) return null;
  if (periods.some((n) => !clearlyApart(stated, yearlyRate(e, up, n)))) return null; // compound growth, the rate a year
  return { expected: { value: round(percent), unit: '%' }, note: changeNote(lang, { to: e.toText, from: e.fromText, percent, up, stated: statedText }) };
}

function checkRatio(layout: ArticleLayout, lang: string, e: Endpoints, p: Claim): Worked | null {
  const up = mid(e.to) > mid(e.from);
  const [big, small] = up ? [e.to, e.from] : [e.from, e.to];
  if (small.lo <= 0) return null;
  const ratio: Interval = { lo: big.lo / small.hi, hi: big.hi / small.lo };
  // "naik 3 kali lipat" is read both as ×3 and as ×4: either reading will do.
  const more: Interval = { lo: ratio.lo - 1, hi: ratio.hi - 1 };
  const stated = claimInterval(layout.text, p, lang)!;
  if (gapBetween(stated, ratio) <= 0.05 * mid(ratio) || gapBetween(stated, more) <= 0.05 * mid(ratio)) return null;
  const statedText = layout.text.slice(p.start, p.figureEnd ?? p.end).trim();
  const r = up ? e.toValue / e.fromValue : e.fromValue / e.toValue;
  return {
    expected: { value: round(r), unit: p.unit },
    note: ratioNote(lang, { big: up ? e.toText : e.fromText, small: up ? e.fromText : e.toText, ratio: r, stated: statedText }),
  };
}

const round = (v: number): number => Number(v.toPrecision(4));
