/**
 * A cheaper gate in front of the topic gate: plain substring counts over the page's raw text.
 * Every term the topic gate counts contains one of these stems (a test holds them in step), so
 * where this says no, the topic gate would say no too, and the page is spared the rest.
 */
import { MIN_AI, MIN_WORK } from './detect-ai-work.ts';

/** Case-sensitive, so "AI" is not found in "said". */
export const AI_ACRONYM_STEMS = ['AI', 'A.I.', 'LLM', 'GPT', 'KI', 'IA', 'AGI'];
/** Lower case. */
export const AI_STEMS = [
  'artificial', 'machine learning', 'deep learning', 'neural', 'language model', 'generative', 'generatif', 'chatbot', 'automa', 'otomat', 'otomasi',
  'robot', 'humanoid', 'algorit', 'copilot', 'openai', 'anthropic', 'deepmind', 'nvidia', 'gpu', 'kecerdasan', 'inteligen', 'intelligen',
  'gemini', 'claude', 'deepseek', 'midjourney', 'xai',
];
export const WORK_STEMS = [
  'job', 'work', 'employ', 'layoff', 'laid off', 'lay off', 'hiring', 'hire', 'labo', 'wage', 'salar', 'career', 'occupation', 'skill',
  'staff', 'headcount', 'recruit', 'profes', 'kerja', 'karyawan', 'pegawai', 'buruh', 'phk', 'pemutusan', 'pengangguran', 'upah', 'gaji',
  'terampil', 'keahlian', 'rekrut', 'empleo', 'trabaj', 'emprego', 'trabalh', 'emploi', 'travail', 'arbeit', 'beschäftig',
  'talent', 'contractor', 'freelanc', 'graduate', 'entry', 'white collar', 'radiolog', 'developer', 'programmer', 'coder', 'engineer',
  'call cent', 'customer service', 'translat', 'driver', 'cashier', 'clerk', 'nurse', 'teacher', 'sdm', 'sumber daya manusia',
  'pelatihan', 'lowongan', 'pencari', 'ojol', 'pengemudi', 'sopir', 'kasir', 'penerjemah', 'pengembang', 'karier', 'karir', 'lulusan',
];

const MAX_TEXT = 400_000;

function count(haystack: string, needles: string[], enough: number): number {
  let n = 0;
  for (const needle of needles) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      if (++n >= enough) return n;
    }
  }
  return n;
}

/**
 * The counts over a text given piece by piece (split where words cannot run on, such as between
 * text nodes), so a page's text can be read in short steps.
 */
export class AiWorkPrefilter {
  private ai = 0;
  private work = 0;

  add(piece: string): void {
    let lower: string | undefined;
    if (this.ai < MIN_AI) {
      this.ai += count(piece, AI_ACRONYM_STEMS, MIN_AI - this.ai);
      if (this.ai < MIN_AI) this.ai += count((lower ??= piece.toLowerCase()), AI_STEMS, MIN_AI - this.ai);
    }
    if (this.work < MIN_WORK) this.work += count((lower ??= piece.toLowerCase()), WORK_STEMS, MIN_WORK - this.work);
  }

  get maybe(): boolean {
    return this.ai >= MIN_AI && this.work >= MIN_WORK;
  }

  /** Whether the text so far names AI at all (one stem is enough). */
  get namesAi(): boolean {
    return this.ai > 0;
  }
}

export function mayBeAboutAiAndWork(rawText: string): boolean {
  const filter = new AiWorkPrefilter();
  filter.add(rawText.length > MAX_TEXT ? rawText.slice(0, MAX_TEXT) : rawText);
  return filter.maybe;
}
