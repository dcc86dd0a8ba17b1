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
  claims: { text: string; value: number | null; range?: [number, number] | null; unit: string | null; kind: string; borderline?: boolean }[];
  not_claims?: { text: string; why: string }[];
}

export function newsDevLabels(): NewsDevLabel[] {
  if (!existsSync(NEWS_DEV)) throw new Error(`The news-dev pages are missing at ${NEWS_DEV}`);
  return readdirSync(NEWS_DEV)
    .filter((n) => /^labels.*\.json$/.test(n))
    .sort()
    .flatMap((n) => JSON.parse(readFileSync(join(NEWS_DEV, n), 'utf8')) as NewsDevLabel[]);
}
