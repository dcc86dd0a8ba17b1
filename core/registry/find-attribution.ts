/**
 * Who a figure is attributed to, read as a reader follows it: a source named in the figure's
 * sentence, a back-reference there ("the fund", "laporan itu") to a source named shortly before,
 * a source named earlier in the paragraph, or one named in the headline or lede.
 */
import type { MatchableFact } from './fact-types.ts';
import { foldText, indexOfTerm, plainApostrophes } from './terms.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import type { SentenceSpan } from '../text/split-sentences.ts';
import { ledeEnd } from '../text/read-context.ts';

export type AttributionVia = 'sentence' | 'reference' | 'paragraph' | 'headline';

export interface Attribution {
  /** The canonical name of the source ("IMF"). */
  name: string;
  /** Every source the words may stand for (an alias such as "Stanford" can name more than one). */
  names: string[];
  /** The words as written, and their offsets in the text. For a back-reference, the reference itself. */
  text: string;
  start: number;
  end: number;
  via: AttributionVia;
}

interface Term {
  term: string;
  /** Short all-capital names ("IMF", "MIT", "HAI") are matched as written, so "hai" is no source. */
  exact: boolean;
  names: string[];
}

export interface SourceTable {
  aliases: Term[];
  refs: Term[];
}

const isAcronym = (t: string): boolean => t.length <= 5 && t === t.toUpperCase() && /\p{Lu}/u.test(t);

export function buildSourceTable(facts: readonly MatchableFact[]): SourceTable {
  const aliases = new Map<string, Term>();
  const refs = new Map<string, Term>();
  const add = (map: Map<string, Term>, raw: string, name: string): void => {
    const exact = isAcronym(raw.trim());
    const term = exact ? raw.trim() : foldText(raw);
    const key = `${exact ? 'x' : 'f'}:${term}`;
    const entry = map.get(key) ?? { term, exact, names: [] };
    if (!entry.names.includes(name)) entry.names.push(name);
    map.set(key, entry);
  };
  for (const fact of facts) {
    const { name } = fact.source;
    add(aliases, name, name);
    for (const a of fact.source.aliases) add(aliases, a, name);
    for (const list of Object.values(fact.source.refs)) for (const r of list ?? []) add(refs, r, name);
  }
  return { aliases: [...aliases.values()], refs: [...refs.values()] };
}

interface Hit {
  term: Term;
  start: number;
  end: number;
}

/** A text prepared for attribution: its sentences, a same-length lower-case copy, and found names by sentence. */
export class AttributionReader {
  private readonly lower: string;
  private readonly names = new Map<number, Hit[]>();
  private readonly refHits = new Map<number, Hit[]>();
  private readonly ledeEnd: number;

  constructor(
    private readonly text: string,
    private readonly sentences: SentenceSpan[],
    private readonly table: SourceTable,
  ) {
    this.lower = plainApostrophes(lowerCaseSameLength(text));
    this.ledeEnd = ledeEnd(text);
  }

  private find(i: number, terms: Term[], cache: Map<number, Hit[]>): Hit[] {
    let hits = cache.get(i);
    if (hits) return hits;
    const s = this.sentences[i];
    hits = [];
    if (s) {
      // Search the sentence alone, with white space folded as the terms are; `map` leads back to the text.
      const { folded: exactText, map } = foldWithMap(this.text, s.start, s.end);
      const lowerText = foldWithMap(this.lower, s.start, s.end).folded;
      for (const term of terms) {
        const hay = term.exact ? exactText : lowerText;
        for (let at = indexOfTerm(hay, term.term); at !== -1; at = indexOfTerm(hay, term.term, at + 1)) {
          hits.push({ term, start: map[at]!, end: map[at + term.term.length - 1]! + 1 });
        }
      }
      // The longest name at a place wins: "Goldman Sachs", not "Goldman" inside it.
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      hits = hits.filter((h, k) => !hits!.some((o, m) => m !== k && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    }
    cache.set(i, hits);
    return hits;
  }

  private toAttribution(hit: Hit, via: AttributionVia, names = hit.term.names, at: Hit = hit): Attribution {
    return { name: names[0]!, names, text: this.text.slice(at.start, at.end), start: at.start, end: at.end, via };
  }

  /** The sources a claim in sentence `i` is attributed to, the most likely first. */
  attributions(i: number, claimStart: number): Attribution[] {
    const out: Attribution[] = [];
    const seen = new Set<string>();
    const push = (a: Attribution): void => {
      if (seen.has(a.name)) return;
      seen.add(a.name);
      out.push(a);
    };
    const distance = (h: Hit): number => (h.end <= claimStart ? claimStart - h.end : h.start - claimStart + 0.5);
    for (const h of [...this.find(i, this.table.aliases, this.names)].sort((a, b) => distance(a) - distance(b))) push(this.toAttribution(h, 'sentence'));
    for (const ref of this.find(i, this.table.refs, this.refHits)) {
      const named = this.nearestNamed(i, ref.term.names);
      if (named) push(this.toAttribution(named.hit, 'reference', named.names, ref));
    }
    const s = this.sentences[i];
    if (!s) return out;
    const paragraphStart = this.text.lastIndexOf('\n', s.start - 1) + 1;
    for (let k = i - 1; k >= 0 && this.sentences[k]!.start >= paragraphStart; k--) {
      for (const h of this.find(k, this.table.aliases, this.names).slice().reverse()) push(this.toAttribution(h, 'paragraph'));
    }
    // The headline and lede name the source of figures below them, and of each other's figures
    // (a headline figure whose source the lede names).
    for (let k = 0; k < this.sentences.length && this.sentences[k]!.start < this.ledeEnd; k++) {
      if (k === i) continue;
      for (const h of this.find(k, this.table.aliases, this.names)) push(this.toAttribution(h, 'headline'));
    }
    return out;
  }

  /** The nearest name before sentence `i` (within a few sentences, or in the headline and lede) that `names` allows. */
  private nearestNamed(i: number, names: string[]): { hit: Hit; names: string[] } | null {
    const pick = (k: number): { hit: Hit; names: string[] } | null => {
      for (const h of this.find(k, this.table.aliases, this.names).slice().reverse()) {
        const shared = h.term.names.filter((n) => names.includes(n));
        if (shared.length) return { hit: h, names: shared };
      }
      return null;
    };
    for (let k = i; k >= Math.max(0, i - 6); k--) {
      const found = pick(k);
      if (found) return found;
    }
    for (let k = 0; k < this.sentences.length && this.sentences[k]!.start < this.ledeEnd; k++) {
      const found = pick(k);
      if (found) return found;
    }
    return null;
  }
}

/** text[start, end) with every run of white space as one space; map[i] is the offset in text of folded[i]. */
function foldWithMap(text: string, start: number, end: number): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let space = false;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!space && folded.length > 0) {
        folded += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    folded += ch;
    map.push(i);
  }
  return { folded, map };
}
