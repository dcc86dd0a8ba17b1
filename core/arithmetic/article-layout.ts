/**
 * Where an article's claims stand: by sentence and by line (a line is a paragraph or a list item
 * in the body's text), and the words between two figures.
 */
import type { Claim } from '../claims/claim-types.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import { splitSentences, type SentenceSpan } from '../text/split-sentences.ts';

export interface Line {
  start: number;
  end: number;
}

export class ArticleLayout {
  readonly lower: string;
  readonly sentences: SentenceSpan[];
  readonly lines: Line[];
  /** How many relations of each kind were checked, found consistent or not (for reports). */
  readonly checked: Record<string, number> = {};

  constructor(
    readonly text: string,
    readonly claims: Claim[],
  ) {
    this.lower = lowerCaseSameLength(text);
    this.sentences = splitSentences(text);
    this.lines = splitLines(text);
  }

  count(relation: string): void {
    this.checked[relation] = (this.checked[relation] ?? 0) + 1;
  }

  /** Indexes of the claims that start inside each sentence, in order. */
  claimsBySentence(): number[][] {
    const out: number[][] = this.sentences.map(() => []);
    let s = 0;
    this.claims.forEach((c, i) => {
      while (s < this.sentences.length - 1 && c.start >= this.sentences[s]!.end) s++;
      if (this.sentences[s] && c.start >= this.sentences[s]!.start && c.start < this.sentences[s]!.end) out[s]!.push(i);
    });
    return out;
  }

  /** The text between two offsets, lower case, spaces collapsed and trimmed. */
  gap(from: number, to: number): string {
    if (to < from) return '';
    return this.lower.slice(from, to).replace(/\s+/g, ' ').trim();
  }

  /** The line that holds an offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (this.lines[m]!.start <= offset) lo = m;
      else hi = m - 1;
    }
    return lo;
  }
}

/** Non-empty lines, trimmed. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) lines.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return lines;
}
