/** Whether a page is an article, told without reading it: a module of its own, so the content script does not pull in the extractor. */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { openShadowRoots } from './open-shadow-roots.ts';
import { holdsTextOnly } from './skip-rules.ts';

/**
 * An article as Readability's own cheap check sees one (its thresholds are tuned on real pages),
 * or as news sites publish one: text in plain blocks rather than <p> (many CMS templates), or a
 * page that declares itself an article (schema.org, Open Graph, AMP) and carries an article's
 * worth of running text. Homepages, listings and shops declare other types and their text is
 * short teasers and link lists, so they stay out. Where the page's own DOM is no article, its
 * open shadow roots are asked the same (an article rendered by web components).
 */
export function isArticlePage(doc: Document): boolean {
  try {
    if (isReaderable(doc, doc)) return true;
    return !!doc.body && openShadowRoots(doc.body).some((root) => isReaderable(doc, root));
  } catch {
    return false;
  }
}

/** The check over the blocks of `scope`: the document itself, or an open shadow root in it (Readability's check only queries it). */
function isReaderable(doc: Document, scope: Document | ShadowRoot): boolean {
  if (isProbablyReaderable(scope as Document, { visibilityChecker: isVisibleAndNotAContainer })) return true;
  const text = runningTextScore(scope);
  return text >= READERABLE_SCORE || (declaresArticle(doc) && text >= DECLARED_SCORE);
}

/** Readability's bar: the sum over blocks of sqrt(length - 140). */
const READERABLE_SCORE = 20;
/** A page that says it is an article still needs a few paragraphs of running text. */
const DECLARED_SCORE = 8;
const MIN_BLOCK = 140;
const MAX_BLOCKS = 3000;

function isVisibleAndNotAContainer(node: Node): boolean {
  const el = node as HTMLElement;
  if (el.style?.display === 'none' || el.hasAttribute?.('hidden')) return false;
  if (el.getAttribute?.('aria-hidden') === 'true' && !/fallback-image/.test(el.className ?? '')) return false;
  if (el.tagName === 'ARTICLE' && el.getElementsByTagName('p').length > 300) return false;
  return true;
}

// Readability's own cues for blocks that are not the article.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const LINK_LIST = 0.5;

/**
 * Readability's measure over the blocks that hold running text directly: <p> and also <div>s
 * with no block inside them, which Readability's check passes over. Link-heavy blocks (teasers,
 * link lists) do not count.
 */
function runningTextScore(scope: Document | ShadowRoot): number {
  const blocks = scope.querySelectorAll('p, div');
  let score = 0;
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i++) {
    const el = blocks[i]!;
    if (el.tagName === 'DIV' && !holdsTextOnly(el)) continue;
    if (!isVisibleAndNotAContainer(el) || el.closest('li, nav, aside, footer, header, form')) continue;
    const cues = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    if (UNLIKELY.test(cues) && !MAYBE.test(cues)) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length < MIN_BLOCK) continue;
    if (linkText(el) / text.length > LINK_LIST) continue;
    score += Math.sqrt(text.length - MIN_BLOCK);
    if (score >= READERABLE_SCORE) return score;
  }
  return score;
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += (a.textContent ?? '').trim().length;
  return n;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

/** schema.org article types in JSON-LD or microdata, Open Graph's article with its publication time, or an AMP page. */
export function declaresArticle(doc: Document): boolean {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ldTypes(s.textContent ?? '').some((t) => ARTICLE_TYPES.test(t))) return true;
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop() ?? '';
    if (ARTICLE_TYPES.test(type)) return true;
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article' && doc.querySelector('meta[property="article:published_time"]')) return true;
  const html = doc.documentElement;
  return (html.hasAttribute('amp') || html.hasAttribute('⚡')) && !!doc.querySelector('article');
}

/** The @type values in a JSON-LD block, through @graph and nested objects; nothing on malformed JSON. */
function ldTypes(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const types: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const t = o['@type'];
    if (typeof t === 'string') types.push(t);
    else if (Array.isArray(t)) types.push(...t.filter((x): x is string => typeof x === 'string'));
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
  return types;
}
