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

  it('reads occupations and AI products as an editor does, in English and Indonesian', () => {
    const en = 'Radiologists are not going away. Hospitals use ChatGPT and Gemini to draft reports, yet radiologists still sign them. Translators and call centres feel Copilot more: translators lose contracts as Claude drafts the text.';
    const id = 'Pengemudi ojol khawatir. Aplikasi memakai AI untuk mengatur order, dan pengemudi ojol kehilangan pendapatan. Kasir dan penerjemah juga terdampak AI: penerjemah kini bersaing dengan ChatGPT.';
    for (const text of [en, id]) expect(detectAiWork(text).isAiWork, text).toBe(true);
  });

  it('says no to automation without AI: cranes and dock work are not a story about AI', () => {
    const text = 'Dockworkers struck over automation. The union wants a ban on automated cranes to protect jobs. Workers say automation threatens wages, and the employer says automated terminals need fewer workers.';
    expect(detectAiWork(text).isAiWork).toBe(false);
    expect(detectAiWork(text.replace('automated cranes', 'AI-driven cranes')).isAiWork).toBe(true);
  });

  it('weighs the headline and lede more than the rest', () => {
    const tail = ' The council met on Tuesday. Roads were resurfaced. A new park opened. The budget passed. Rain is expected.'.repeat(4);
    const lede = 'AI takes jobs from drivers. Drivers fear AI.';
    expect(detectAiWork(lede + tail).isAiWork).toBe(true);
    expect(detectAiWork(tail + ' ' + lede).isAiWork).toBe(false);
  });

  it('does not read "ai" inside other words or lower-case "ai" as AI', () => {
    expect(detectAiWork('Said the captain, maid and tailor: work, jobs, workers, employment. ai ai ai.').isAiWork).toBe(false);
  });
});

describe('the prefilter in front of it', () => {
  it('has a stem inside every term the topic gate counts, so it never says no where the gate would say yes', async () => {
    const { AI_ACRONYMS, AI_TERMS, WORK_TERMS } = await import('../../core/topic/ai-work-terms.ts');
    const { AI_ACRONYM_STEMS, AI_STEMS, WORK_STEMS } = await import('../../core/topic/ai-work-prefilter.ts');
    for (const a of AI_ACRONYMS) expect(AI_ACRONYM_STEMS.some((s) => a.includes(s)), a).toBe(true);
    for (const t of AI_TERMS) expect(AI_STEMS.some((s) => t.toLowerCase().includes(s)), t).toBe(true);
    for (const t of WORK_TERMS) expect(WORK_STEMS.some((s) => t.toLowerCase().includes(s)), t).toBe(true);
  });
  it('says no to sport and yes to AI and jobs', async () => {
    const { mayBeAboutAiAndWork } = await import('../../core/topic/ai-work-prefilter.ts');
    expect(mayBeAboutAiAndWork('The striker scored twice. The team kept 61% of possession.')).toBe(false);
    expect(mayBeAboutAiAndWork('AI is changing work. Companies using artificial intelligence cut jobs. Automation worries workers.')).toBe(true);
  });
  it('counts the same given piece by piece as given whole', async () => {
    const { AiWorkPrefilter, mayBeAboutAiAndWork } = await import('../../core/topic/ai-work-prefilter.ts');
    const texts = [
      'AI is changing work. Companies using artificial intelligence cut jobs. Automation worries workers.',
      'AI is here. Work is there. Nothing else.',
      'Robots and AI; jobs, wages and LLM hiring.',
    ];
    for (const text of texts) {
      const filter = new AiWorkPrefilter();
      for (const word of text.split(' ')) filter.add(word);
      expect(filter.maybe, text).toBe(mayBeAboutAiAndWork(text));
    }
  });
  it('reads a whole page more loosely: one sentence naming both is enough there', async () => {
    const { detectAiWork } = await import('../../core/topic/detect-ai-work.ts');
    const page = 'AI tools AI models AI chips. Work jobs and workers at AI firms. Hiring news';
    expect(detectAiWork(page).isAiWork).toBe(false);
    expect(detectAiWork(page, 1).isAiWork).toBe(true);
  });
});
