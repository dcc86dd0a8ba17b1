/**
 * Finds the element that holds the article body, Readability-style but read-only and cheap:
 * paragraphs give their text length to their parent (and half to the grandparent); the best
 * scorer wins, preferring an <article> or [itemprop=articleBody] that contains it.
 */
import { isFurniture, isNeverTouched } from './skip-rules.ts';

const MIN_PARAGRAPH = 25;
/** The body shows itself in its first paragraphs; reading more only costs time on huge pages. */
const MAX_PARAGRAPHS = 1500;

export function findArticleBody(doc: Document): Element | null {
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked?.querySelector('p')) return marked;
  const scores = new Map<Element, number>();
  const candidates = doc.querySelectorAll('p, pre, td, li, div > br');
  for (let i = 0; i < candidates.length && i < MAX_PARAGRAPHS; i++) {
    const p = candidates[i]!;
    const el = p.tagName === 'BR' ? p.parentElement! : p;
    if (insideFurniture(el)) continue;
    const len = (el.textContent ?? '').trim().length;
    if (len < MIN_PARAGRAPH) continue;
    const score = 1 + Math.min(len / 100, 3) + (len > 80 ? 1 : 0);
    const parent = el.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
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
  const container = best.closest('article, [role="article"]');
  return container ?? best;
}

function insideFurniture(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.tagName === 'ARTICLE' || e.tagName === 'MAIN') return false;
    if (isFurniture(e) || isNeverTouched(e)) return true;
  }
  return false;
}
