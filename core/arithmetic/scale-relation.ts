/**
 * One figure written twice at different scales: "US$2,3 miliar" beside "US$2.3 trillion",
 * "Rp212 miliar" beside "Rp2,12 triliun". Same currency or unit, the same significant digits, a
 * power of ten apart, within a couple of paragraphs, with a word in common beside both (what the
 * amount is of): "raised $2.5 million … valued at $2.5 billion" are two amounts, not one. In Indonesian
 * "M" stands for miliar, but not every writer means it so: a factor of exactly 1,000 beside an "M" is not a finding.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { ArithmeticFinding } from './arithmetic-check.ts';
import type { ArticleLayout } from './article-layout.ts';
import { scaleNote, speaksIndonesian } from './notes.ts';
import { numberTokens } from './stated-interval.ts';

/** Words that say nothing of what an amount is. */
const STOP = new Set([
  'about', 'around', 'nearly', 'almost', 'which', 'their', 'there', 'these', 'those', 'would', 'could', 'while', 'after', 'before', 'since',
  'worth', 'total', 'billion', 'million', 'trillion', 'sebesar', 'senilai', 'sekitar', 'hingga', 'dengan', 'untuk', 'kepada', 'tersebut',
  'adalah', 'menjadi', 'sebanyak', 'miliar', 'triliun', 'tahun', 'years', 'dalam', 'telah', 'sudah', 'akan', 'bahwa', 'karena',
]);

/** Content words within a few words either side of a figure, in its own sentence. */
function wordsAround(layout: ArticleLayout, c: Claim): Set<string> {
  const words = (t: string) => t.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  const before = words(layout.lower.slice(Math.max(0, c.start - 60), c.start).split(/[.!?\n]\s/).pop()!).slice(-6);
  const after = words(layout.lower.slice(c.end, c.end + 60).split(/[.!?\n](?:\s|$)/)[0]!).slice(0, 6);
  return new Set([...before, ...after].filter((w) => w.length >= 5 && !STOP.has(w)));
}

/** How many lines apart two mentions may be. */
const NEAR_LINES = 2;

interface Scaled {
  index: number;
  /** Content words next to the figure: what it is the amount of. */
  subject: Set<string>;
  claim: Claim;
  /** Significant digits as written ("2,3" and "2.3" → "23"). */
  digits: string;
  /** Written with "M", which may be million or miliar. */
  abbreviated: boolean;
  line: number;
}

function scaledOf(layout: ArticleLayout, index: number): Scaled | null {
  const c = layout.claims[index]!;
  if (c.value === null || c.value <= 0 || (c.kind !== 'money' && c.kind !== 'quantity')) return null;
  const token = numberTokens(layout.text, c)[0];
  if (!token) return null;
  const digits = token.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  if (digits.length < 2) return null; // "2 billion" beside "2 million" is too common to mean a slip
  const figure = layout.text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end);
  const after = figure.slice(figure.lastIndexOf(token) + token.length).trim();
  if (!/^[a-z]/i.test(after)) return null; // no scale word: "2,300" is not a scaled figure
  const word = after.match(/^[a-z]+/i)![0];
  return { index, claim: c, digits, abbreviated: word.toLowerCase() === 'm', line: layout.lineAt(c.start), subject: wordsAround(layout, c) };
}

export function findScaleSlips(layout: ArticleLayout, lang: string): ArithmeticFinding[] {
  const scaled = layout.claims.map((_, i) => scaledOf(layout, i)).filter((s): s is Scaled => s !== null);
  const findings: ArithmeticFinding[] = [];
  const flagged = new Set<number>();
  for (let b = 0; b < scaled.length; b++) {
    const later = scaled[b]!;
    for (let a = b - 1; a >= 0; a--) {
      const earlier = scaled[a]!;
      if (later.line - earlier.line > NEAR_LINES) break;
      if (earlier.claim.unit !== later.claim.unit || earlier.digits !== later.digits || flagged.has(later.index)) continue;
      // The same thing named beside both ("investasi Rp212 miliar" … "investasi Rp2,12 triliun"); else two amounts that share digits.
      if (![...later.subject].some((w) => earlier.subject.has(w))) continue;
      const ratio = later.claim.value! / earlier.claim.value!;
      layout.count('scale');
      const power = Math.round(Math.log10(ratio));
      if (power === 0 || Math.abs(Math.log10(ratio) - power) > 1e-6) continue;
      // In Indonesian text "M" is miliar, but some writers mean million by it: a factor of 1,000 may be that ("bn", "B" are plain).
      if (Math.abs(power) === 3 && speaksIndonesian(lang) && (earlier.abbreviated || later.abbreviated)) continue;
      flagged.add(later.index);
      const text = (c: Claim) => layout.text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end).trim();
      findings.push({
        claim: later.index,
        check: {
          kind: 'arithmetic',
          status: 'inconsistent',
          related: [{ start: earlier.claim.start, end: earlier.claim.end }],
          expected: { value: earlier.claim.value!, unit: earlier.claim.unit },
          note: scaleNote(lang, { here: text(later.claim), other: text(earlier.claim), factor: 10 ** Math.abs(power), larger: power > 0 }),
        },
      });
    }
  }
  return findings;
}
