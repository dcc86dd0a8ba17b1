/** Finds facts by what a reader would type: words of the title, the source, a publisher, a source title, a figure's label or summary, in either language. */
import type { Fact } from '../core/registry/fact-types.ts';

/** Lower case without accents, so "Sakernas" and "sakernas", "é" and "e" meet. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(f: Fact): string {
  return fold(
    [
      f.title.en, f.title.id, f.summary.en, f.summary.id, f.source.name, ...f.source.aliases,
      ...f.figures.flatMap((g) => [g.label.en, g.label.id]),
      ...f.sources.flatMap((s) => [s.publisher, s.title, s.date ?? '']),
    ].join('\n'),
  );
}

/** The facts with every word of `query` somewhere in their text, in registry order; all of them for an empty query. */
export function searchFacts(facts: readonly Fact[], query: string): Fact[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...facts];
  return facts.filter((f) => {
    const text = haystack(f);
    return words.every((w) => text.includes(w));
  });
}
