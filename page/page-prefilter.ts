/**
 * The first gate of the one reading path, shared by the CLI's reader and the content script's
 * first stage: substring counts over a bounded sample of the page's raw text, then, where they say
 * maybe, the same sample read as words with a looser bar than the article's own topic check. The
 * counts are small and cheap: the content script's first stage runs them on every page, before
 * anything else of Recount is loaded. The words' half can take tens of milliseconds on a long
 * page, so the extension asks its background for it (on about one page in six of the corpus).
 */
import { AiWorkPrefilter } from '../core/topic/ai-work-prefilter.ts';
import { detectAiWork } from '../core/topic/detect-ai-work.ts';
import { PageTextSampler } from './page-text-sample.ts';
import { PREFILTER_SAMPLE } from './reading-plan.ts';

/** Text nodes read per step where the page is given its turn in between. */
export const PREFILTER_NODES_PER_STEP = 600;

/** Whether the whole page's raw text may be about AI and work: substring counts, then words with a looser bar. */
export function pageMayBeAboutAiAndWork(sample: string, filter: { readonly maybe: boolean }): boolean {
  return filter.maybe && detectAiWork(sample, 1).isAiWork;
}

/** The page-wide prefilter, read a few text nodes at a time so the caller can yield in between. */
export class PagePrefilter {
  private readonly sampler: PageTextSampler;
  private readonly filter = new AiWorkPrefilter();
  private readonly pieces: string[] = [];

  constructor(doc: Document) {
    this.sampler = new PageTextSampler(doc, PREFILTER_SAMPLE);
  }

  get done(): boolean {
    return this.sampler.done;
  }

  read(maxNodes: number): void {
    const piece = this.sampler.read(maxNodes);
    this.pieces.push(piece);
    this.filter.add(piece);
  }

  /** The substring counts' half of the verdict: false means no, true means ask the words. */
  get maybe(): boolean {
    return this.filter.maybe;
  }

  /** The sample read so far, as one text (the words' half reads it, in the background for the extension). */
  get sample(): string {
    return this.pieces.join(' ');
  }
}
