/**
 * Decides whether a text is about AI and work: it must name AI often enough, name work often
 * enough, and name both in the same sentence more than once. Cheap: two regular expressions
 * over the text and one pass over the sentences.
 */
import { splitSentences } from '../text/split-sentences.ts';
import { AI_ACRONYMS, AI_TERMS, WORK_TERMS } from './ai-work-terms.ts';

export interface AiWorkVerdict {
  /** 0..1: how strongly the text is about both. */
  score: number;
  isAiWork: boolean;
  /** The terms that decided it, most frequent first. */
  terms: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const edge = (alternatives: string[]): string => `(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`;
// Built on first use: a page that is not an article never pays for compiling them.
let patterns: { acronyms: RegExp; ai: RegExp; work: RegExp } | null = null;
function compiled(): { acronyms: RegExp; ai: RegExp; work: RegExp } {
  patterns ??= { acronyms: new RegExp(edge(AI_ACRONYMS), 'gu'), ai: new RegExp(edge(AI_TERMS), 'giu'), work: new RegExp(edge(WORK_TERMS), 'giu') };
  return patterns;
}

/** Thresholds: at least this many mentions of each, and sentences naming both. */
const MIN_AI = 3;
const MIN_WORK = 3;
const MIN_BOTH = 2;

export function detectAiWork(text: string): AiWorkVerdict {
  const re = compiled();
  const ai = [...positions(text, re.acronyms), ...positions(text, re.ai)].sort((x, y) => x[0] - y[0]);
  const work = positions(text, re.work);
  const counts = new Map<string, number>();
  for (const [, term] of [...ai, ...work]) counts.set(term, (counts.get(term) ?? 0) + 1);
  let both = 0;
  if (ai.length >= MIN_AI && work.length >= MIN_WORK) {
    const sentences = splitSentences(text);
    let a = 0;
    let w = 0;
    for (const s of sentences) {
      while (a < ai.length && ai[a]![0] < s.start) a++;
      while (w < work.length && work[w]![0] < s.start) w++;
      if (a < ai.length && ai[a]![0] < s.end && w < work.length && work[w]![0] < s.end) both++;
    }
  }
  const isAiWork = ai.length >= MIN_AI && work.length >= MIN_WORK && both >= MIN_BOTH;
  const score = Math.min(1, Math.min(ai.length / 10, 1) * 0.3 + Math.min(work.length / 10, 1) * 0.3 + Math.min(both / 5, 1) * 0.4);
  const terms = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([t]) => t);
  return { score: Math.round(score * 100) / 100, isAiWork, terms };
}

function positions(text: string, re: RegExp): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const term = /^[A-Z.]+s?$|^GenAI$|^ChatGPT$/.test(m[0]) ? m[0] : m[0].toLowerCase();
    out.push([m.index, term]);
  }
  return out;
}
