/** Where the shared test material lives: beside the project, read in place, never copied. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CORPUS = join(SHARED, 'corpus/readability');
export const SEED = join(SHARED, 'seed');
export const NEWS_DEV = join(SHARED, 'corpus/news-dev');

export function corpusPages(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`The shared corpus is missing at ${CORPUS}`);
  return readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort();
}
