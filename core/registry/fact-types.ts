/** The shape of a registry fact. The JSON Schema in assets/registry/fact.schema.json says the same. */

export const VERDICTS = [
  'accurate',
  'needs-context',
  'misattributed',
  'forecast-as-fact',
  'inaccurate',
  'unverifiable',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const FIGURE_KINDS = ['percent', 'money', 'count', 'duration', 'quantity', 'fraction', 'multiplier'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** Text in both first-class languages. */
export interface Bilingual {
  en: string;
  id: string;
}

export interface Figure {
  kind: FigureKind;
  /** In the claim's units: percent points (40 for 40%), money in units of `unit`, fractions as 0..1. */
  value: number;
  /** Absolute tolerance in the same units. */
  tolerance: number;
  /** money: ISO 4217 code; duration: year|month|week|day|hour|minute|second; quantity: MW, GW, ...; count: omitted. */
  unit?: string;
  label: Bilingual;
}

export interface Source {
  publisher: string;
  title: string;
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
}

export interface SeriesPoint {
  label: string;
  value: number;
}

export interface Series {
  title: Bilingual;
  unit: string;
  points: SeriesPoint[];
}

export interface Fact {
  id: string;
  title: Bilingual;
  verdict: Verdict;
  /** When the figure was true or published: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** When a person last checked this fact against its sources: YYYY-MM-DD. */
  reviewed: string;
  figures: Figure[];
  /**
   * Subject terms. Every group must have at least one term in the claim's sentence or the one
   * before; a group mixes English and Indonesian terms. Matching is case-insensitive on word edges.
   */
  match: { all: string[][] };
  /** One line for the popup and the inline overlay. */
  summary: Bilingual;
  /** What the figure really measures. */
  meaning: Bilingual;
  /** What the figure does not say. */
  notMeaning: Bilingual;
  counterpoints: { en: string[]; id: string[] };
  series?: Series;
  /** The first source is the primary one. */
  sources: Source[];
}

/** What matching needs of a fact; the content script carries only this for the bundled registry. */
export interface MatchableFact {
  id: string;
  verdict: Verdict;
  figures: Omit<Figure, 'label'>[];
  match: { all: string[][] };
}

export function toMatchable(fact: Fact): MatchableFact {
  return { id: fact.id, verdict: fact.verdict, figures: fact.figures.map(({ label: _label, ...figure }) => figure), match: fact.match };
}
