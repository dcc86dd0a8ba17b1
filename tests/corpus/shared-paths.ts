/** Where the shared test material lives: beside the project, read in place, never copied. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CORPUS = join(SHARED, 'corpus/readability');
export const SEED = join(SHARED, 'seed');
export const NEWS_DEV = join(SHARED, 'corpus/news-dev');

export function corpusPages(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`The shared corpus is missing at ${CORPUS}`);
  return readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
}

/** One labelled figure of a news-dev page. */
export interface NewsDevClaim { text: string; value: number | null; range?: [number, number] | null; unit: string | null; kind: string; topic?: string; source_org?: string | null; borderline?: boolean }

/** One labelled news-dev page (see its README for the fields). */
export interface NewsDevLabel {
  file: string;
  lang: string;
  is_article: boolean;
  is_ai_work: boolean;
  headline: string;
  dek?: string;
  body_start: string;
  body_end: string;
  claims: NewsDevClaim[];
  not_claims?: { text: string; why: string }[];
}

export function newsDevLabels(): NewsDevLabel[] {
  if (!existsSync(NEWS_DEV)) throw new Error(`The news-dev pages are missing at ${NEWS_DEV}`);
  return readdirSync(NEWS_DEV)
    .filter((n) => /^labels.*\.json$/.test(n))
    .sort()
    .flatMap((n) => JSON.parse(readFileSync(join(NEWS_DEV, n), 'utf8')) as NewsDevLabel[]);
}

/** Lower case, white space as single spaces: how news-dev's scorer compares texts. */
export const normText = (s: unknown): string => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const near = (a: unknown, b: unknown, tol = 1e-6): boolean => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** What pairing needs of a found claim: the core's claims and the CLI's JSON both have it. */
interface FoundFigure { text: string; value: number | null; range?: readonly [number, number] | null; change?: { from: number | null; to: number } | null }

/**
 * Whether a found claim is the labelled one, as news-dev's scorer pairs them: their texts overlap
 * and their values agree. As score.mjs reads it, a fraction (0.5 for "half") agrees with a percent
 * label only when the label's unit is spelt `percent`; every label spells it `%`. With
 * `fractionAsPercent`, a fraction also agrees with its percent label whatever the spelling, as the
 * labels' README means ("a percent as its number", so "half" is labelled 50).
 */
export function pairsWithLabel(c: FoundFigure, e: NewsDevClaim, fractionAsPercent = false): boolean {
  const a = normText(c.text);
  const b = normText(e.text);
  if (!a || !b || !(a.includes(b) || b.includes(a))) return false;
  if (e.range) {
    const pair = c.range ?? (c.change ? [c.change.from, c.change.to] : null);
    return !!pair && near(pair[0], e.range[0]) && near(pair[1], e.range[1]);
  }
  if (near(c.value, e.value)) return true;
  const percentLabel = e.unit === 'percent' || e.kind === 'fraction' || (fractionAsPercent && (e.unit === '%' || e.kind === 'percent'));
  return typeof c.value === 'number' && typeof e.value === 'number' && percentLabel && (near(c.value * 100, e.value, 0.01) || near(c.value, e.value * 100, 0.01));
}
