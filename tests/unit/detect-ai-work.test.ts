import { describe, expect, it } from 'vitest';
import { detectAiWork } from '../../core/topic/detect-ai-work.ts';

describe('the AI-and-work gate', () => {
  it('says yes to a text about AI and jobs, in English and Indonesian', () => {
    const en = 'AI is changing work. Companies using artificial intelligence cut jobs. Workers worry that automation will replace their jobs. The labor market shifts.';
    const id = 'AI mengubah pekerjaan. Perusahaan memakai kecerdasan buatan lalu melakukan PHK. Pekerja khawatir otomatisasi menggantikan pekerjaan mereka.';
    for (const text of [en, id]) {
      const v = detectAiWork(text);
      expect(v.isAiWork, text).toBe(true);
      expect(v.score).toBeGreaterThan(0.4);
    }
    expect(detectAiWork('AI is changing work. Companies using artificial intelligence cut jobs. Workers worry about automation and jobs.').terms).toEqual(
      expect.arrayContaining(['AI', 'jobs', 'artificial intelligence']),
    );
  });

  it('says no to sport, to AI without work, and to work without AI', () => {
    expect(detectAiWork('The striker scored twice. The team kept 61% of possession. Fans sang for ninety minutes.').isAiWork).toBe(false);
    expect(detectAiWork('AI models keep growing. GPT and other LLMs need GPUs. Nvidia sells the chips for AI.').isAiWork).toBe(false);
    expect(detectAiWork('Jobs grew in March. Workers saw higher wages. Employment rose in every state, and hiring was strong.').isAiWork).toBe(false);
  });

  it('does not read "ai" inside other words or lower-case "ai" as AI', () => {
    expect(detectAiWork('Said the captain, maid and tailor: work, jobs, workers, employment. ai ai ai.').isAiWork).toBe(false);
  });
});
