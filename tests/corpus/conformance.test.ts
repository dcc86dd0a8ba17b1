/**
 * Runs the peer projects' test suites (Recognizers-Text English, Duckling English and Indonesian),
 * converted to JSON in ../shared/conformance, against the claim extractor, and compares as that
 * folder's README says. Cases judged out of scope for news text are listed, each with its reason,
 * in conformance-out-of-scope.json; the test asserts that at least 95% of the in-scope cases pass
 * in each language and prints the pass rates per suite and per language.
 *
 * How our claims map to the suites' kinds:
 * - percent → percent; money → currency (ISO code in `unit`); count, fraction, multiplier → number;
 *   range → range. Durations, quantities and changes are kinds the suites do not list: out of scope.
 * - A claim with an open bound ("more than 30", `bound: [30, null]`) is a range in suites that test
 *   ranges, and the figure inside it in suites that do not (Recognizers' currency model reports
 *   "$ 247 million" in "more than $ 247 million").
 * - Text: the suites report the figure itself ("Twenty-six" in "Twenty-six people", "$ 14 million" in
 *   "about $ 14 million"), which the claim gives as `figureStart`/`figureEnd`. Ranges keep their lead and bound words;
 *   Duckling's whole-input texts also keep approximation words ("about $10-$20"), Recognizers' do not
 *   ("20~100" in "about 20~100").
 * - Money: our values are in units of the currency, so "50 cents" is 0.5 USD; an expectation in a minor
 *   unit (cent, pence, penny: "50" cents) is compared divided by 100.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/claims/claim-types.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { BOUND_SYMBOLS, BOUND_WORDS, TRAILING_BOUNDS } from '../../core/numbers/qualifiers.ts';

interface Expected {
  text: string;
  value: number | null;
  kind: string;
  start: number;
  range?: [number | null, number | null];
  currency?: string | null;
  unit?: string;
}
interface Case {
  input: string;
  expected: Expected[];
  ref: string;
}
interface Suite {
  id: string;
  kinds: string[];
  match: 'substring' | 'whole-input';
  cases: Case[];
}
interface SuiteFile {
  language: string;
  suites: Suite[];
}
interface OutOfScope {
  suite: string;
  ref: string;
  input: string;
  reason: string;
}

interface Found {
  text: string;
  start: number;
  kind: string;
  value: number | null;
  range?: [number | null, number | null];
  currency?: string | null;
}

const DATA = resolve(import.meta.dirname, '../../../shared/conformance');
const FILES = ['numbers-en.json', 'numbers-id.json'];
const OUT_OF_SCOPE: OutOfScope[] = JSON.parse(readFileSync(resolve(import.meta.dirname, 'conformance-out-of-scope.json'), 'utf8'));
const MIN_PASS_RATE = 0.95;

/** ISO codes consistent with a generic unit the source left ambiguous. */
const CODES_FOR_UNIT: Record<string, string[]> = {
  dollar: ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN'],
  pound: ['GBP', 'EGP', 'LBP'],
  franc: ['CHF', 'FRF', 'XOF', 'XAF'],
  peseta: ['ESP'],
  'finnish markka': ['FIM'],
  'netherlands guilder': ['NLG'],
  dinar: ['KWD', 'BHD', 'JOD', 'IQD', 'DZD', 'TND', 'LYD', 'RSD'],
  riyal: ['SAR', 'QAR', 'OMR', 'YER'],
  rial: ['IRR', 'OMR', 'YER'],
  bitcoin: ['BTC', 'XBT'],
};
/** Minor units: the suites keep the amount in them, our claims convert to the currency. */
const MINOR_UNITS: Record<string, string[] | null> = { cent: null, pence: ['GBP'], penny: ['GBP', 'USD'] };

function mapClaims(input: string, claims: Claim[], suite: Suite): Found[] {
  const recognizers = suite.id.startsWith('rt-');
  const out: Found[] = [];
  for (const c of claims) {
    const fig = { start: c.figureStart ?? c.start, end: c.figureEnd ?? c.end };
    if (c.kind === 'change') continue;
    const currency = c.valueKind === 'money' ? c.unit : undefined;
    if (c.kind === 'range') {
      const start = recognizers ? fig.start : c.start;
      out.push({ text: input.slice(start, fig.end), start, kind: 'range', value: null, range: c.range, currency });
      continue;
    }
    if (c.bound && suite.kinds.includes('range')) {
      // The bound words and the figure: "more than thirty" (years), "200 or greater", "kurang dari 7 euro".
      const before = input.slice(c.start, fig.start).trim().toLowerCase();
      const start = !recognizers || before in BOUND_WORDS || before in BOUND_SYMBOLS ? c.start : fig.start;
      const trailing = trailingBoundLength(input, fig.end);
      const end = fig.end + trailing <= c.end ? fig.end + trailing : fig.end;
      out.push({ text: input.slice(start, end), start, kind: 'range', value: null, range: c.bound, currency });
      continue;
    }
    const kind = c.kind === 'percent' ? 'percent' : c.kind === 'money' ? 'currency' : c.kind === 'count' || c.kind === 'fraction' || c.kind === 'multiplier' ? 'number' : null;
    if (kind === null) continue;
    out.push({ text: input.slice(fig.start, fig.end), start: fig.start, kind, value: c.value, currency });
  }
  return out.filter((f) => suite.kinds.includes(f.kind)).sort((a, b) => a.start - b.start);
}

/** Length of "or more", "atau lebih" and the like right after `p`, spaces included. */
function trailingBoundLength(input: string, p: number): number {
  const after = input.slice(p).toLowerCase();
  const spaces = /^\s*/.exec(after)![0].length;
  const phrase = Object.keys(TRAILING_BOUNDS).find((k) => after.startsWith(k, spaces) && !/\p{L}/u.test(after[spaces + k.length] ?? ''));
  return phrase ? spaces + phrase.length : 0;
}

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

function sameCurrency(e: Expected, f: Found): boolean {
  if (e.currency === undefined && e.unit === undefined) return true;
  if (e.currency) return f.currency === e.currency;
  const unit = e.unit ?? '';
  const minor = MINOR_UNITS[unit];
  if (minor !== undefined) return minor === null || f.currency === null || minor.includes(f.currency ?? '');
  return f.currency === null || f.currency === undefined || (CODES_FOR_UNIT[unit] ?? []).includes(f.currency);
}

function sameMatch(e: Expected, f: Found): boolean {
  if (e.text !== f.text || e.kind !== f.kind || e.start !== f.start || !sameCurrency(e, f)) return false;
  if (e.kind === 'range') {
    const want = e.range ?? [null, null];
    const got = f.range ?? [null, null];
    const minor = e.unit !== undefined && e.unit in MINOR_UNITS ? 100 : 1;
    return want.every((w, i) => (w === null ? got[i] === null || got[i] === undefined : got[i] != null && close(w / minor, got[i]!)));
  }
  const minor = e.unit !== undefined && e.unit in MINOR_UNITS ? 100 : 1;
  return e.value !== null && f.value !== null && close(e.value / minor, f.value);
}

/** README rule: one-to-one in order. */
function passesStrictly(c: Case, found: Found[]): boolean {
  return found.length === c.expected.length && c.expected.every((e, i) => sameMatch(e, found[i]!));
}

/** A whole-input suite may accept any match spanning the input and ignore partial ones, as Duckling does. */
function passes(c: Case, found: Found[], suite: Suite): boolean {
  if (suite.match === 'whole-input') return c.expected.every((e) => found.some((f) => sameMatch(e, f)));
  return passesStrictly(c, found);
}

interface Tally {
  cases: number;
  passed: number;
  /** Passed with one-to-one matching even where the suite allows leniency. */
  strict: number;
  inScope: number;
  inScopePassed: number;
}
const emptyTally = (): Tally => ({ cases: 0, passed: 0, strict: 0, inScope: 0, inScopePassed: 0 });
const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

describe('conformance with Recognizers-Text and Duckling', () => {
  const outOfScope = new Map(OUT_OF_SCOPE.map((o) => [`${o.suite}|${o.ref}|${o.input}`, o]));
  const perSuite: [string, string, Tally][] = [];
  const perLang = new Map<string, Tally>();
  const failures: string[] = [];
  const usedOutOfScope = new Set<string>();

  for (const file of FILES) {
    const data = JSON.parse(readFileSync(resolve(DATA, file), 'utf8')) as SuiteFile;
    const lang = data.language;
    const langTally = perLang.get(lang) ?? emptyTally();
    perLang.set(lang, langTally);
    for (const suite of data.suites) {
      const t = emptyTally();
      for (const c of suite.cases) {
        const found = mapClaims(c.input, findNumberMentions(c.input, { lang }), suite);
        const ok = passes(c, found, suite);
        const strict = passesStrictly(c, found);
        const key = `${suite.id}|${c.ref}|${c.input}`;
        const skipped = outOfScope.has(key);
        if (skipped) usedOutOfScope.add(key);
        for (const tally of [t, langTally]) {
          tally.cases++;
          if (ok) tally.passed++;
          if (strict) tally.strict++;
          if (!skipped) {
            tally.inScope++;
            if (ok) tally.inScopePassed++;
          }
        }
        if (!ok && !skipped) {
          failures.push(`${suite.id} ${c.ref} ${JSON.stringify(c.input)}\n    expected ${JSON.stringify(c.expected.map((e) => [e.text, e.kind, e.value ?? e.range]))}\n    found    ${JSON.stringify(found.map((f) => [f.text, f.kind, f.value ?? f.range]))}`);
        }
      }
      perSuite.push([lang, suite.id, t]);
    }
  }

  it('prints the pass rates', () => {
    const rows = [
      ...perSuite.map(([lang, id, t]) => ({ lang, suite: id, ...t })),
      ...[...perLang].map(([lang, t]) => ({ lang, suite: `all ${lang}`, ...t })),
    ];
    console.log(
      ['suite                        cases  passed  overall   in scope  passed  in-scope rate   strict'].concat(
        rows.map((r) =>
          `${r.suite.padEnd(28)} ${String(r.cases).padStart(5)}  ${String(r.passed).padStart(6)}  ${pct(r.passed, r.cases).padStart(7)}   ${String(r.inScope).padStart(8)}  ${String(r.inScopePassed).padStart(6)}  ${pct(r.inScopePassed, r.inScope).padStart(13)}   ${pct(r.strict, r.cases).padStart(6)}`,
        ),
      ).join('\n') + '\n(strict: one-to-one matching also in the whole-input Duckling suites, all cases)',
    );
    if (failures.length) console.log(`in-scope failures (${failures.length}):\n  ${failures.join('\n  ')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  for (const lang of ['en', 'id']) {
    it(`passes at least ${MIN_PASS_RATE * 100}% of the in-scope ${lang} cases`, () => {
      const t = perLang.get(lang)!;
      expect(t.inScope).toBeGreaterThan(0);
      expect(t.inScopePassed / t.inScope).toBeGreaterThanOrEqual(MIN_PASS_RATE);
    });
  }

  it('lists only real cases as out of scope, each with a reason', () => {
    for (const o of OUT_OF_SCOPE) {
      expect(usedOutOfScope.has(`${o.suite}|${o.ref}|${o.input}`), `${o.suite} ${o.ref} ${JSON.stringify(o.input)} is not a case`).toBe(true);
      expect(o.reason.length, `${o.suite} ${o.ref}: reason`).toBeGreaterThan(20);
    }
  });
});
