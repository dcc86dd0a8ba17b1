/**
 * Figures written for people, in the interface language: "300 million jobs" / "300 juta pekerjaan",
 * "40%", "5 years" / "5 tahun", "300 billion US dollars". Never the reader's raw "300000000 job (count)".
 */
import type { FigureShape } from '../types/claim-card.ts';

type Lang = 'en' | 'id';

/** Count nouns the reader knows ('job', 'worker', ...), in English (one, many) and Indonesian. */
const COUNT_NOUNS: Record<string, [string, string, string]> = {
  job: ['job', 'jobs', 'pekerjaan'],
  worker: ['worker', 'workers', 'pekerja'],
  employee: ['employee', 'employees', 'karyawan'],
  person: ['person', 'people', 'orang'],
  company: ['company', 'companies', 'perusahaan'],
  robot: ['robot', 'robots', 'robot'],
  boss: ['boss', 'bosses', 'bos'],
  leader: ['leader', 'leaders', 'pemimpin'],
  executive: ['executive', 'executives', 'eksekutif'],
  system: ['system', 'systems', 'sistem'],
  country: ['country', 'countries', 'negara'],
  user: ['user', 'users', 'pengguna'],
  student: ['student', 'students', 'siswa'],
  radiologist: ['radiologist', 'radiologists', 'radiolog'],
  layoff: ['layoff', 'layoffs', 'PHK'],
  cut: ['cut', 'cuts', 'pemangkasan'],
  version: ['version', 'versions', 'versi'],
  unit: ['unit', 'units', 'unit'],
  chip: ['chip', 'chips', 'cip'],
  GPU: ['GPU', 'GPUs', 'GPU'],
};

/** Durations Intl names itself; a decade it does not. */
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second']);
const DECADE: Record<Lang, [string, string]> = { en: ['decade', 'decades'], id: ['dekade', 'dekade'] };
const PER: Record<Lang, Record<string, string>> = {
  en: { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour', unit: 'each', person: 'per person' },
  id: { year: 'per tahun', month: 'per bulan', week: 'per minggu', day: 'per hari', hour: 'per jam', unit: 'per unit', person: 'per orang' },
};

export function langOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** A plain number: grouped, and from a million up in words ("300 million", "2,5 triliun"). */
export function formatNumber(value: number, locale: string): string {
  const big = Math.abs(value) >= 1_000_000;
  return new Intl.NumberFormat(langOf(locale), big ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 }).format(value);
}

/** A share written in percent points (40 for 40%). */
export function formatPercent(points: number, locale: string): string {
  return new Intl.NumberFormat(langOf(locale), { style: 'percent', maximumFractionDigits: 2 }).format(points / 100);
}

function plural(value: number, one: string, many: string, lang: Lang): string {
  return lang === 'en' && new Intl.PluralRules('en').select(value) === 'one' ? one : many;
}

/** One number with its unit, as the claim's kind says. */
function formatValue(value: number, kind: FigureShape['valueKind'], unit: string | null, locale: string): string {
  const lang = langOf(locale);
  switch (kind) {
    case 'percent':
      return formatPercent(value, locale);
    case 'fraction':
      return formatPercent(value * 100, locale);
    case 'multiplier':
      return `${formatNumber(value, locale)}×`;
    case 'money':
      if (unit && /^[A-Z]{3}$/.test(unit)) {
        const big = Math.abs(value) >= 1_000_000;
        return new Intl.NumberFormat(lang, { style: 'currency', currency: unit, currencyDisplay: big ? 'name' : 'symbol', ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}), minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
      }
      return formatNumber(value, locale);
    case 'duration':
      if (unit && DURATIONS.has(unit)) return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 }).format(value);
      if (unit === 'decade') return `${formatNumber(value, locale)} ${plural(value, ...DECADE[lang], lang)}`;
      break;
    case 'count': {
      const noun = unit ? COUNT_NOUNS[unit] : undefined;
      if (noun) return `${formatNumber(value, locale)} ${lang === 'id' ? noun[2] : plural(value, noun[0], noun[1], lang)}`;
      break;
    }
    case 'quantity':
      break;
  }
  return unit ? `${formatNumber(value, locale)} ${unit}` : formatNumber(value, locale);
}

/** The figure as a reader would say it: a value, a range ("20–30%") or a change ("10% → 90%"). */
export function formatFigure(f: FigureShape, locale: string): string {
  const lang = langOf(locale);
  const one = (v: number): string => formatValue(v, f.valueKind, f.unit, locale);
  const text = f.range
    ? `${one(f.range[0])} – ${one(f.range[1])}`
    : f.change
      ? `${f.change.from === null ? '?' : one(f.change.from)} → ${one(f.change.to)}`
      : f.value === null
        ? ''
        : one(f.value);
  const per = f.per ? PER[lang][f.per] : undefined;
  return per ? `${text} ${per}` : text;
}

