import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAiWork, topicFeatures, type AiWorkModel } from '../../core/topic/ai-work-classifier.ts';
import model from '../../core/topic/ai-work-model.json';
import { trainAiWorkModel, TRAINING } from '../../core/topic/train-ai-work-classifier.ts';
import { topicTrainingExamples } from '../fixtures/topic-training/examples.ts';

const bundled = model as AiWorkModel;

describe('the topic classifier', () => {
  it('is stored as training on the project’s own texts gives it', () => {
    const trained = trainAiWorkModel(topicTrainingExamples());
    expect(`${JSON.stringify(trained)}\n`).toBe(readFileSync(join(import.meta.dirname, '../../core/topic/ai-work-model.json'), 'utf8'));
  }, 120_000);

  it('keeps its training texts labelled both ways, in English and Indonesian', () => {
    const examples = topicTrainingExamples();
    expect(examples.filter((e) => e.aiWork).length).toBeGreaterThan(50);
    expect(examples.filter((e) => !e.aiWork).length).toBeGreaterThan(50);
    expect(bundled.weights).toHaveLength(TRAINING.buckets);
  });

  it('gives each text a unit-length vector, whatever its length', () => {
    for (const text of ['AI', 'Robots and jobs. '.repeat(500)]) {
      const f = topicFeatures(text, TRAINING.buckets);
      const length = Math.sqrt([...f.values()].reduce((s, v) => s + v * v, 0));
      expect(length).toBeCloseTo(1, 9);
    }
  });

  it('scores a long text as the mean of its windows, so repeating a text changes little', () => {
    const text = 'Warehouse adds robots, cuts pickers\nThe logistics firm said AI-guided robots now move most parcels, and it will need fewer pickers on night shifts. ';
    const once = classifyAiWork(text, bundled).probability;
    const often = classifyAiWork(text.repeat(60), bundled).probability;
    expect(Math.abs(once - often)).toBeLessThan(0.1);
  });

  it('tells a story on AI and jobs from stories on only one of them (texts of this test, not of its training)', () => {
    expect(classifyAiWork('Hotel chain replaces receptionists with AI check-in kiosks\nStaff at the front desk were told their jobs would end next month as the chain installs machines that use artificial intelligence.', bundled).isAiWork).toBe(true);
    expect(classifyAiWork('Chipmaker unveils a faster processor for AI models\nThe new chip trains large language models in half the time, the company said, and will reach data centres next year.', bundled).isAiWork).toBe(false);
    expect(classifyAiWork('Dock workers strike over pay\nPorts along the coast stood still as the union demanded a higher wage and shorter shifts for its members.', bundled).isAiWork).toBe(false);
  });
});
