/** The shape of a registry fact. The JSON Schema in assets/registry/fact.schema.json says the same. */

/** The registry schema this code reads and writes; files carry it as `schemaVersion`. */
export const SCHEMA_VERSION = 2;

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
  /**
   * The source gave only an order of magnitude ("several hundred billion dollars"): the figure
   * matches a claim written as loosely ("hundreds of billions", "ratusan miliar"), never an exact sum.
   */
  vague?: boolean;
  /**
   * Words of what this figure measures, in English and Indonesian, where the fact's other figures
   * measure other things: the claim's sentence must use one of them, so that the same number for
   * another measure of the same source ("25% faster skills change" against "a 25% wage premium")
   * is not read as this figure.
   */
  about?: string[];
  label: Bilingual;
}

export interface Source {
  publisher: string;
  title: string;
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null only when the page seen gives no publication date. */
  date: string | null;
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

/**
 * Subject terms. Every group of `all` must have at least one term in the claim's sentence or the one
 * before (with the source named, only the groups that are not mostly its names); a term of `none`
 * there rules the fact out ("Revolusi Industri 4.0" is not the cotton mills). Case-insensitive, on word edges.
 */
export interface MatchTerms {
  all: string[][];
  none?: string[];
}

/** Languages besides English and Indonesian whose back-references a source may list. */
export const OTHER_REF_LANGUAGES = ['fr', 'de', 'es', 'pt'] as const;
export type OtherRefLanguage = (typeof OTHER_REF_LANGUAGES)[number];

/** Who made the statement: the publisher or speaker, and the names the news uses for them. */
export interface Speaker {
  /** Canonical name, as the card and the CLI show it ("IMF", "Goldman Sachs"). Facts with the same name share a source. */
  name: string;
  /** Names that identify the source in English and Indonesian: "International Monetary Fund", "Dana Moneter Internasional". */
  aliases: string[];
  /**
   * Back-references that point to the source once it has been named: "the fund", "lembaga itu".
   * English and Indonesian always; the other languages of the news where the registry has them ("le Fonds", "die Studie").
   */
  refs: { en: string[]; id: string[] } & Partial<Record<OtherRefLanguage, string[]>>;
}

/** The kinds of error the news makes with a source's figures. */
export const ERROR_KINDS = [
  'wrong-figure',
  'wrong-baseline',
  'exposure-as-loss',
  'tasks-as-jobs',
  'forecast-as-event',
  'subset-as-whole',
  'month-as-every-month',
  'wrong-subject',
  'wrong-source',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * A known misuse of the fact. With `figure`, a wrong number the news gives for the measure of
 * `of` (the source's own figure): such a claim `differs`. Without `figure`, a change of meaning:
 * the right figure `of` written with a framing cue of `error` (or of `cues`) is `reframed`.
 * `wrong-source` with `namedAs`: the figure credited to one of those names is `misattributed`.
 */
export interface Distortion {
  error: ErrorKind;
  /** Index into `figures`: the source's own figure this distortion is about. */
  of: number;
  figure?: Omit<Figure, 'label'>;
  /** Extra framing cues for this fact, on top of the error kind's own. Read in the claim's sentence; for `wrong-subject`, in the sentence before it too. */
  cues?: { en: string[]; id: string[] };
  /** Words that keep the figure's own sense; with any of them in the sentence, no reframing is claimed. */
  keep?: { en: string[]; id: string[] };
  /** For `wrong-source`: names the figure is wrongly credited to. */
  namedAs?: string[];
  correction: Bilingual;
}

export interface Fact {
  id: string;
  source: Speaker;
  title: Bilingual;
  verdict: Verdict;
  /** When the figure was true or published: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** When a person last checked this fact against its sources: YYYY-MM-DD. */
  reviewed: string;
  figures: Figure[];
  match: MatchTerms;
  /** Known misuses; may be empty. */
  distortions: Distortion[];
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
  source: Speaker;
  figures: Omit<Figure, 'label'>[];
  match: MatchTerms;
  distortions: Omit<Distortion, 'correction'>[];
}

export function toMatchable(fact: Fact): MatchableFact {
  return {
    id: fact.id,
    verdict: fact.verdict,
    source: fact.source,
    figures: fact.figures.map(({ label: _label, ...figure }) => figure),
    match: fact.match,
    distortions: fact.distortions.map(({ correction: _c, ...d }) => d),
  };
}
