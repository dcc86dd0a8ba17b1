/**
 * Finds the element that holds the article body, Readability-style but read-only and cheap:
 * paragraphs give their text length to their parent (and half to the grandparent); the best
 * scorer wins, preferring an <article> or [itemprop=articleBody] that contains it. Where the
 * page's own DOM holds little, the open shadow roots in it are scored too (web components), a
 * paragraph at the top of a root giving its score to the root's host.
 */
import { openShadowRoots } from './open-shadow-roots.ts';
import { holdsTextOnly, isFurniture, isNeverTouched, parentAcrossShadow } from './skip-rules.ts';

const MIN_PARAGRAPH = 25;
/** The body shows itself in its first paragraphs; reading more only costs time on huge pages. */
const MAX_PARAGRAPHS = 1500;
/** Below this best score (about two paragraphs) in the page's own DOM, its open shadow roots are scored too. */
const SHADOW_LOOKUP_BELOW = 8;

export function findArticleBody(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked?.querySelector('p')) return marked;
  const scores = new Map<Element, number>();
  scoreParagraphs(doc, scores);
  if (Math.max(0, ...scores.values()) < SHADOW_LOOKUP_BELOW && doc.body) for (const root of openShadowRoots(doc.body)) scoreParagraphs(root, scores);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  // Prefer the enclosing <article> so the headline and every paragraph come with it. (Its
  // furniture, such as comments or related links inside it, is skipped when its text is read.)
  const container = best.closest('article, [role="article"]') ?? best;
  return withHeadline(doc, container);
}

/** Scores the paragraphs of `scope` into `scores`, by the element that holds them and the one above. */
function scoreParagraphs(scope: Document | ShadowRoot, scores: Map<Element, number>): void {
  // Paragraphs, and <div>s that hold text with no block inside (templates that never use <p>).
  const candidates = scope.querySelectorAll('p, pre, td, li, div > br, div');
  for (let i = 0, read = 0; i < candidates.length && read < MAX_PARAGRAPHS; i++) {
    const p = candidates[i]!;
    if (p.tagName === 'DIV' && !holdsTextOnly(p)) continue;
    read++;
    const el = p.tagName === 'BR' ? p.parentElement! : p;
    if (insideFurniture(el)) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    const score = 1 + Math.min(len / 100, 3) + (len > 80 ? 1 : 0);
    const parent = parentAcrossShadow(el);
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parentAcrossShadow(parent);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
}

/** How far up the body may reach for its headline: the headline sits beside the text, not across the page. */
const HEADLINE_LEVELS = 3;

/** The body together with the page's headline, when the headline sits just outside it (its figures are the article's too). */
function withHeadline(doc: Document, body: Element): Element {
  const h1 = doc.querySelector('h1');
  if (!h1 || body.contains(h1) || insideFurniture(h1)) return body;
  let el: Element | null = body.parentElement;
  for (let level = 1; el && level <= HEADLINE_LEVELS; level++, el = el.parentElement) {
    if (el === doc.body || el === doc.documentElement) return body;
    if (el.contains(h1)) return el;
  }
  return body;
}

function insideFurniture(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = parentAcrossShadow(e)) {
    if (e.tagName === 'ARTICLE' || e.tagName === 'MAIN') return false;
    if (isFurniture(e) || isNeverTouched(e)) return true;
  }
  return false;
}
