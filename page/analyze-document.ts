/**
 * The DOM edge of the pipeline, shared by the content script and the CLI: find the article
 * body in a Document, project its text, and hand that to the browser-free core.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { analyzeText, type TextAnalysis } from '../core/analyze-text.ts';
import type { FactIndex } from '../core/registry/match-claims-to-facts.ts';
import { findArticleBody } from './find-article-body.ts';
import { projectText, type Projection } from './project-text.ts';

export interface DocumentAnalysis extends TextAnalysis {
  isArticle: boolean;
  body: Element | null;
  projection: Projection;
}

/**
 * Readability's own cheap check; its thresholds are tuned on real pages. Our visibility test
 * also passes over <article> elements that hold hundreds of paragraphs: those paragraphs are
 * scored one by one anyway, and reading such an article's whole text at once is the one slow
 * step on a huge page.
 */
export function isArticlePage(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc, { visibilityChecker: isVisibleAndNotAContainer });
  } catch {
    return false;
  }
}

function isVisibleAndNotAContainer(node: Node): boolean {
  const el = node as HTMLElement;
  if (el.style?.display === 'none' || el.hasAttribute?.('hidden')) return false;
  if (el.getAttribute?.('aria-hidden') === 'true' && !/fallback-image/.test(el.className ?? '')) return false;
  if (el.tagName === 'ARTICLE' && el.getElementsByTagName('p').length > 300) return false;
  return true;
}

export function analyzeDocument(doc: Document, index: FactIndex, langOverride?: string | null): DocumentAnalysis {
  const isArticle = isArticlePage(doc);
  const body = findArticleBody(doc);
  const projection = body ? projectText(body) : { text: '', segments: [] };
  const lang = langOverride ?? doc.documentElement.getAttribute('lang');
  const analysis = analyzeText(projection.text, { lang, index });
  return { ...analysis, isArticle, body, projection };
}
