/**
 * A small trained alternative to the lexicon gate (detect-ai-work.ts): logistic regression over
 * hashed features of the text (words, word pairs and the four-letter pieces of words, which
 * catch inflections such as "pekerja", "pekerjaan", "bekerja"). Pure: the weights are given, so
 * the core bundles nothing it does not use. Trained by scripts/train-topic.mts on text the
 * project wrote and labelled (tests/fixtures/topic-training); see the README for how it compares.
 */

export interface AiWorkModel {
  /** How many hashed features there are; a power of two. */
  buckets: number;
  bias: number;
  /** One weight per bucket. */
  weights: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const GRAM = 4;

/** FNV-1a, 32 bits: the same bucket for the same feature on every engine. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The text as a sparse vector: bucket → value, with each feature's count damped (1 + ln count)
 * and the whole vector scaled to length 1, so a 20,000-character sample and a short text weigh
 * alike.
 */
export function topicFeatures(text: string, buckets: number): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (feature: string): void => {
    const b = hash(feature) & (buckets - 1);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  };
  let previous = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    add(`w ${word}`);
    if (previous) add(`b ${previous} ${word}`);
    previous = word;
    const padded = ` ${word} `;
    for (let i = 0; i + GRAM <= padded.length; i++) add(`c ${padded.slice(i, i + GRAM)}`);
  }
  let norm = 0;
  for (const [b, n] of counts) {
    const v = 1 + Math.log(n);
    counts.set(b, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [b, v] of counts) counts.set(b, v / norm);
  return counts;
}

/** The model's probability for a feature vector (a text's, from topicFeatures). */
export function probabilityOf(features: ReadonlyMap<number, number>, model: AiWorkModel): number {
  let z = model.bias;
  for (const [b, v] of features) z += (model.weights[b] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

export interface AiWorkClassification {
  /** 0..1: the model's probability that the text is about AI and work (over windows: their mean, by length). */
  probability: number;
  isAiWork: boolean;
}

/**
 * The model was trained on texts of a headline and a few sentences; a whole page's sample is
 * scored as the mean of such windows (weighted by their length), not as one long vector whose
 * common words drown the topical ones. `window`: Infinity scores the text as one piece.
 */
export const WINDOW_CHARS = 800;

export function classifyAiWork(text: string, model: AiWorkModel, window = WINDOW_CHARS): AiWorkClassification {
  let sum = 0;
  let length = 0;
  for (const piece of windows(text, window)) {
    sum += probabilityOf(topicFeatures(piece, model.buckets), model) * piece.length;
    length += piece.length;
  }
  const probability = length ? sum / length : probabilityOf(new Map(), model);
  return { probability, isAiWork: probability >= 0.5 };
}

/** The text in pieces of about `size` characters, cut at white space where there is some in the second half. */
function* windows(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const space = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
      if (space > at + size / 2) end = space + 1;
    }
    yield text.slice(at, end);
    at = end;
  }
}
