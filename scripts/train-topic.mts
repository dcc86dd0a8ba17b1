/**
 * Trains the topic classifier on the project's own labelled texts (tests/fixtures/topic-training,
 * never the news-dev pages, which stay the yardstick), prints its 5-fold cross-validation next to
 * the lexicon gate's score on the same texts, and writes the weights to core/topic/ai-work-model.json.
 * `npm run train:topic`; `-- --check` writes nothing and fails if the stored weights differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { detectAiWork } from '../core/topic/detect-ai-work.ts';
import { crossValidate, trainAiWorkModel, TRAINING } from '../core/topic/train-ai-work-classifier.ts';
import { topicTrainingExamples } from '../tests/fixtures/topic-training/examples.ts';

const ROOT = resolve(import.meta.dirname, '..');
const MODEL = join(ROOT, 'core/topic/ai-work-model.json');
const check = process.argv.includes('--check');

const examples = topicTrainingExamples();
const positives = examples.filter((e) => e.aiWork).length;
console.log(`training texts: ${examples.length} (${positives} about AI and work, ${examples.length - positives} not)`);
const cv = crossValidate(examples, 5);
console.log(`classifier, 5-fold cross-validation: ${cv.right}/${cv.total} (${((100 * cv.right) / cv.total).toFixed(1)}%)`);
for (const e of cv.wrong) console.log(`  wrong (${e.aiWork ? 'is' : 'is not'} about AI and work): ${e.text.split('\n')[0]}`);
const lexicon = examples.filter((e) => detectAiWork(e.text).isAiWork === e.aiWork).length;
console.log(`lexicon on the same texts: ${lexicon}/${examples.length} (${((100 * lexicon) / examples.length).toFixed(1)}%)`);

const json = `${JSON.stringify(trainAiWorkModel(examples))}\n`;
console.log(`model: ${TRAINING.buckets} weights, ${json.length} bytes, ${gzipSync(json).length} bytes gzipped`);
if (check) {
  if (readFileSync(MODEL, 'utf8') !== json) {
    console.error(`${MODEL} is not what training gives: run npm run train:topic`);
    process.exit(1);
  }
  console.log('the stored model is what training gives');
} else {
  writeFileSync(MODEL, json);
  console.log(`written to ${MODEL}`);
}
