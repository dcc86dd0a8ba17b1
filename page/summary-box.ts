/**
 * Summary boxes inside an article's container: a key-points list, a key-figures table, the
 * "essentials" pinned atop a live blog, an "at a glance" or "sekilas" box. They repeat figures the
 * text gives in full, so a reader would see each figure twice (two marks, two lines in the popup).
 * A box is skipped only when every figure in it is also written elsewhere in the text being read;
 * a table or box that gives figures of its own is read like the rest.
 */
import { isFurniture, isNeverTouched } from './skip-rules.ts';

/** Class and id words of summary boxes, in the languages Recount reads. */
const BOX_NAME =
  /(^|[-_\s])(key-?points?|key-?figures?|key-?facts?|key-?takeaways?|takeaways?|highlights?|at-?a-?glance|glance|essentials?|summary|factbox|fact-?box|facts?|tldr|pinned|key-?events?|ringkasan|sekilas|poin-?penting|intisari|fakta|essentiel|en-?bref|chiffres-?cles|resumo|destaques|resumen|claves|datos-?clave|kernpunkte|fakten|auf-?einen-?blick|ueberblick)([-_\s]|$)/i;
/** A box's own title, where its class says nothing: "Key points", "At a glance", "Poin penting"… */
const BOX_TITLE =
  /^(key (points|figures|facts|takeaways|numbers)|the essentials|at a glance|in numbers|by the numbers|highlights|takeaways|summary|tl;?dr|poin penting|sekilas|ringkasan|intisari|fakta (kunci|penting)|dalam angka|l'essentiel|en bref|les chiffres clés|em resumo|destaques|resumen|en cifras|das wichtigste|auf einen blick|in zahlen)\s*:?$/i;
/** Containers a box can be; a single paragraph is text (a dek, a lede), never a box. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE']);
/** A box this long is a section of the article, not a summary of it. */
const MAX_BOX_CHARS = 1_500;
/** The text read to find repeats: well past any article; bounded so a huge page costs the same. */
const MAX_TEXT_CHARS = 300_000;

/** Nodes looked at to find repeats, for the same reason. */
const MAX_NODES = 30_000;

/** A figure as written, without its sign or currency: "+254,000" and "254,000" are the same figure. */
const FIGURE = /\d+(?:[.,]\d+)*/g;

const figureCounts = new WeakMap<Element, Map<string, number>>();

/** True when `el` is a summary box inside `root` whose every figure `root` also gives elsewhere. */
export function isSummaryBox(el: Element, root: Element): boolean {
  if (el === root || !BOX_TAGS.has(el.tagName) || !looksLikeBox(el)) return false;
  const own = figuresIn(el, MAX_BOX_CHARS);
  if (!own || own.size < 2) return false;
  let all = figureCounts.get(root);
  if (!all) {
    all = figuresIn(root, MAX_TEXT_CHARS) ?? new Map();
    figureCounts.set(root, all);
  }
  for (const [figure, n] of own) if ((all.get(figure) ?? 0) <= n) return false;
  return true;
}

function looksLikeBox(el: Element): boolean {
  if (el.tagName === 'TABLE') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  if ((cls && BOX_NAME.test(cls)) || (el.id && BOX_NAME.test(el.id))) return true;
  const first = el.firstElementChild;
  return !!first && /^(H[2-6]|STRONG|B|DT|CAPTION)$/.test(first.tagName) && BOX_TITLE.test((first.textContent ?? '').trim());
}

/**
 * The figures in an element's readable text (furniture and what Recount never reads left out),
 * counted; null when the text runs past `max` characters (the text read so far for the root).
 */
function figuresIn(el: Element, max: number): Map<string, number> | null {
  const counts = new Map<string, number>();
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && (isNeverTouched(n as Element) || isFurniture(n as Element)) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let length = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n && nodes < MAX_NODES; n = walker.nextNode(), nodes++) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    length += data.length;
    if (length > max) {
      if (max === MAX_BOX_CHARS) return null;
      break;
    }
    for (const m of data.matchAll(FIGURE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return counts;
}
