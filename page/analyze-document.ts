/**
 * The DOM edge of the pipeline, shared by the content script and the CLI: find the article
 * body in a Document, project its text, and hand that to the browser-free core.
 */
import { analyzeText, type TextAnalysis } from '../core/analyze-text.ts';
import type { FactIndex } from '../core/registry/match-claims-to-facts.ts';
import { findArticleBody } from './find-article-body.ts';
import { isArticlePage } from './is-article-page.ts';
import { projectText, type Projection } from './project-text.ts';

export { isArticlePage };

export interface DocumentAnalysis extends TextAnalysis {
  isArticle: boolean;
  body: Element | null;
  projection: Projection;
}

export function analyzeDocument(doc: Document, index: FactIndex, langOverride?: string | null): DocumentAnalysis {
  const isArticle = isArticlePage(doc);
  const body = findArticleBody(doc);
  const projection = body ? projectText(body) : { text: '', segments: [] };
  const lang = langOverride ?? doc.documentElement.getAttribute('lang');
  const analysis = analyzeText(projection.text, { lang, index });
  return { ...analysis, isArticle, body, projection };
}
