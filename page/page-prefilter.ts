/**
 * The first gate of the one reading path, shared by the CLI's reader and the content script's
 * first stage: substring counts over a bounded sample of the page's raw text, then, where they say
 * maybe, the same sample read as words with a looser bar than the article's own topic check. The
 * counts are small and cheap: the content script's first stage runs them on every page, before
 * anything else of Recount is loaded. Most pages are settled by a first look: where neither the
 * page's title, description and headline nor the start of its text names AI even once, the rest
 * is not read. The words' half can take tens of milliseconds on a long page, so the extension asks
 * its background for it (on about one page in six of the corpus).
 */
import { AiWorkPrefilter } from '../core/topic/ai-work-prefilter.ts';
import { detectAiWork } from '../core/topic/detect-ai-work.ts';
import { PageTextSampler } from './page-text-sample.ts';
import { PREFILTER_SAMPLE } from './reading-plan.ts';

/** Text nodes read per step where the page is given its turn in between. */
export const PREFILTER_NODES_PER_STEP = 600;

/**
 * The first look reads this much of the page's text. A page that names AI nowhere in it, nor in
 * its title, description or headline, is no article about AI and work (on the 130 corpus pages and
 * the labelled news pages this rules out most pages, and no page the whole sample would let through).
 */
export const PREFILTER_FIRST_LOOK = 16_000;

/** What a page says it is about before its text: its title, description and first headline. */
function pageHeadings(doc: Document): string {
  const meta = (attr: string): string => doc.querySelector(`meta[${attr}]`)?.getAttribute('content') ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  return [doc.title, meta('name="description"'), meta('property="og:title"'), meta('property="og:description"'), h1.slice(0, 1_000)].join('\n');
}


/** The page-wide prefilter, read a few text nodes at a time so the caller can yield in between. */
export class PagePrefilter {
  private readonly sampler: PageTextSampler;
  private readonly filter = new AiWorkPrefilter();
  private readonly pieces: string[] = [];
  /** Whether the first look is over, and whether it ruled the page out. */
  private looked = false;
  private ruledOut = false;

  constructor(private readonly doc: Document) {
    this.sampler = new PageTextSampler(doc, PREFILTER_SAMPLE);
  }

  get done(): boolean {
    return this.ruledOut || this.sampler.done;
  }

  /** Reads up to `maxNodes` more text nodes; never past the end of the first look, which it then takes. */
  read(maxNodes: number): void {
    const piece = this.sampler.read(maxNodes, this.looked ? Infinity : PREFILTER_FIRST_LOOK);
    this.pieces.push(piece);
    this.filter.add(piece);
    if (!this.looked && this.sampler.length >= PREFILTER_FIRST_LOOK) {
      this.looked = true;
      if (!this.filter.namesAi) {
        const headings = new AiWorkPrefilter();
        headings.add(pageHeadings(this.doc));
        this.ruledOut = !headings.namesAi;
      }
    }
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

/**
 * The whole verdict over the sample `prefilter` has read (the whole sample once `done`): substring
 * counts, then words with a looser bar. The CLI's reader runs it here; the extension asks its
 * background for the words' half, so the content script carries none of the topic's words.
 */
export function pageMayBeAboutAiAndWork(prefilter: PagePrefilter): boolean {
  return prefilter.maybe && detectAiWork(prefilter.sample, 1).isAiWork;
}
