/**
 * Trains the classifier of ai-work-classifier.ts: logistic regression with an L2 penalty, by plain
 * full-batch gradient descent from zero weights, so the same examples always give the same model
 * (no random start, no shuffling). Pure; scripts/train-topic.mts reads the examples and writes the model.
 */
import { probabilityOf, topicFeatures, type AiWorkModel } from './ai-work-classifier.ts';

export interface TopicExample {
  text: string;
  aiWork: boolean;
}

export interface TrainingOptions {
  buckets: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  steps: number;
  rate: number;
}

export const TRAINING: TrainingOptions = { buckets: 4096, l2: 1e-3, steps: 1500, rate: 2 };

/** Weights are stored to this many decimals: the model in the bundle is the model that was scored. */
const DECIMALS = 3;

export function trainAiWorkModel(examples: readonly TopicExample[], options: TrainingOptions = TRAINING): AiWorkModel {
  const xs = examples.map((e) => topicFeatures(e.text, options.buckets));
  const ys = examples.map((e) => (e.aiWork ? 1 : 0));
  const model: AiWorkModel = { buckets: options.buckets, bias: 0, weights: new Array<number>(options.buckets).fill(0) };
  const n = examples.length;
  const grad = new Float64Array(options.buckets);
  for (let step = 0; step < options.steps; step++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const error = probabilityOf(xs[i]!, model) - ys[i]!;
      gradBias += error;
      for (const [b, v] of xs[i]!) grad[b]! += error * v;
    }
    model.bias -= (options.rate * gradBias) / n;
    for (let b = 0; b < options.buckets; b++) {
      model.weights[b]! -= options.rate * (grad[b]! / n + options.l2 * model.weights[b]!);
    }
  }
  const round = (x: number): number => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS || 0;
  return { buckets: model.buckets, bias: round(model.bias), weights: model.weights.map(round) };
}

/**
 * k-fold cross-validation: example i is held out in fold i mod k (the examples come grouped by
 * kind, so each fold gets its share of every kind). Returns how many held-out examples the model
 * trained on the other folds got right.
 */
export function crossValidate(examples: readonly TopicExample[], k: number, options: TrainingOptions = TRAINING): { right: number; total: number; wrong: TopicExample[] } {
  const wrong: TopicExample[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = trainAiWorkModel(examples.filter((_, i) => i % k !== fold), options);
    for (const [i, e] of examples.entries()) {
      if (i % k !== fold) continue;
      if ((probabilityOf(topicFeatures(e.text, options.buckets), model) >= 0.5) !== e.aiWork) wrong.push(e);
    }
  }
  return { right: examples.length - wrong.length, total: examples.length, wrong };
}
