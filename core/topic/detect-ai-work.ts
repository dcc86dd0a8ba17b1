/**
 * Decides whether a text is about AI and work: it must name AI often enough, name work often
 * enough, and name both in the same sentence more than once. One pass over the words with set
 * lookups; no large regular expression, so a page pays nothing to compile one.
 */
import { AI_ACRONYMS, AI_TERMS, AUTOMATION_TERMS, WORK_TERMS } from './ai-work-terms.ts';

export interface AiWorkVerdict {
  /** 0..1: how strongly the text is about both. */
  score: number;
  isAiWork: boolean;
  /** The terms that decided it, most frequent first. */
  terms: string[];
}

/** Thresholds: at least this many mentions of each, and sentences naming both. */
export const MIN_AI = 3;
export const MIN_WORK = 3;
const MIN_BOTH = 2;
/** The headline and lede say what a story is about: terms in its first characters count twice. */
const LEAD_CHARS = 300;

type Topic = 'ai' | 'work';

interface Vocabulary {
  acronyms: Set<string>;
  /** Lower-case first word → the terms that start with it, as word lists, longest first. */
  byFirstWord: Map<string, { words: string[]; topic: Topic; term: string }[]>;
}

let vocabulary: Vocabulary | null = null;
function vocab(): Vocabulary {
  if (vocabulary) return vocabulary;
  const byFirstWord: Vocabulary['byFirstWord'] = new Map();
  const add = (term: string, topic: Topic): void => {
    const words = term.toLowerCase().split(/\s+/);
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, topic, term: term.toLowerCase() });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(words[0]!, list);
  };
  for (const t of AI_TERMS) add(t, 'ai');
  for (const t of WORK_TERMS) add(t, 'work');
  vocabulary = { acronyms: new Set(AI_ACRONYMS.map((a) => a.replace(/\./g, ''))), byFirstWord };
  return vocabulary;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A full stop inside a word ("A.I.", "e.g."): no sentence end. One object, not one per word. */
const DOT_IN_WORD = /^\.\p{L}/u;
const SENTENCE_END = /[.!?\n]/;

/** `minBoth`: how many sentences must name both (looser for a whole page's text, where paragraphs run together). */
export function detectAiWork(text: string, minBoth = MIN_BOTH): AiWorkVerdict {
  const v = vocab();
  const words: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });

  const counts = new Map<string, number>();
  let ai = 0;
  let work = 0;
  /** AI named as such, not only as automation. */
  let namesAi = false;
  let both = 0;
  let sentenceAi = false;
  let sentenceWork = false;
  let sentenceCounted = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A sentence ends where . ! ? or a line break stands between two words.
    if (i > 0) {
      const gap = text.slice(words[i - 1]!.end, w.start);
      if (SENTENCE_END.test(gap) && !DOT_IN_WORD.test(gap + text[w.start])) {
        sentenceAi = sentenceWork = sentenceCounted = false;
      }
    }
    let found: { topic: Topic; term: string; length: number } | null = null;
    if (v.acronyms.has(w.word) || (w.word === 'A' && text.startsWith('A.I.', w.start))) found = { topic: 'ai', term: 'AI', length: 1 };
    else {
      const candidates = v.byFirstWord.get(w.word.toLowerCase());
      if (candidates) {
        for (const c of candidates) {
          let ok = true;
          for (let k = 1; k < c.words.length && ok; k++) ok = words[i + k]?.word.toLowerCase() === c.words[k];
          if (ok) {
            found = { topic: c.topic, term: c.term, length: c.words.length };
            break;
          }
        }
      }
    }
    if (!found) continue;
    counts.set(found.term, (counts.get(found.term) ?? 0) + 1);
    const weight = w.start < LEAD_CHARS ? 2 : 1;
    if (found.topic === 'ai') {
      ai += weight;
      sentenceAi = true;
      namesAi ||= !AUTOMATION_TERMS.has(found.term);
    } else {
      work += weight;
      sentenceWork = true;
    }
    if (sentenceAi && sentenceWork && !sentenceCounted) {
      both++;
      sentenceCounted = true;
    }
    i += found.length - 1;
  }
  const isAiWork = namesAi && ai >= MIN_AI && work >= MIN_WORK && both >= minBoth;
  const score = Math.min(1, Math.min(ai / 10, 1) * 0.3 + Math.min(work / 10, 1) * 0.3 + Math.min(both / 5, 1) * 0.4);
  const terms = [...counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([t]) => t);
  return { score: Math.round(score * 100) / 100, isAiWork, terms };
}
