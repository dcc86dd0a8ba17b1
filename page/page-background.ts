/**
 * Whether the article sits on a dark background: the first colour that is not transparent on the
 * element or up its ancestors (computed styles, so a site's own dark theme counts, whatever the
 * reader's scheme), else the canvas, which is dark only when the page asks for a dark scheme and
 * the browser is in one.
 */

/** "rgb(18, 20, 22)" or "rgba(0, 0, 0, 0)" → [r, g, b, alpha]; null for anything else. */
function parseColour(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/** The background colour behind `el`, as [r, g, b]. A colour mostly see-through is looked through. */
export function backgroundBehind(el: Element): [number, number, number] {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e && view; e = e.parentElement) {
    const c = parseColour(view.getComputedStyle(e).backgroundColor);
    if (c && c[3] >= 0.5) return [c[0], c[1], c[2]];
  }
  const root = el.ownerDocument.documentElement;
  // Simulated documents may lack colorScheme or matchMedia: a light canvas then.
  const scheme = view ? String(view.getComputedStyle(root).colorScheme ?? '') : '';
  const darkCanvas = scheme.includes('dark') && typeof view?.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  return darkCanvas ? [18, 18, 18] : [255, 255, 255];
}

/** Dark: black text would read worse on it than white text does. */
export function isDarkBackground(el: Element): boolean {
  const l = luminance(backgroundBehind(el));
  // Contrast with white (1.05 / (l + .05)) beats contrast with black ((l + .05) / .05).
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
}
