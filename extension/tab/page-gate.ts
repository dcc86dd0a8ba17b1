/**
 * The cheap questions asked before a page is read: might it be about AI and work (substring
 * counts over a bounded sample, then the background's looser whole-page check), is it an article,
 * and, on a sample of its article, what language and topic it has. It changes nothing in the page.
 */
import type { AiWorkVerdict } from '../../core/topic/detect-ai-work.ts';
import { isArticlePage } from '../../page/is-article-page.ts';
import { PagePrefilter, PREFILTER_NODES_PER_STEP } from '../../page/page-prefilter.ts';
import { gatedTopic } from '../../page/reading-plan.ts';
import type { ReadingClient } from '../reading-client.ts';
import type { Steps } from './steps.ts';

export class PageGate {
  isArticle = false;
  aiWork: AiWorkVerdict = { score: 0, isAiWork: false, terms: [] };
  lang = 'en';
  private articleChecked = false;
  /** The page-wide prefilter's answer; null until it has run. */
  private pageMayBeAiWork: boolean | null = null;

  /**
   * `firstVerdict`: the page-wide prefilter's verdict on this document, where the content script's
   * first stage has just reached it (the same prefilter, the same background check): taken as it
   * is, so the sample is read and sent once.
   */
  constructor(
    private readonly doc: Document,
    private readonly client: ReadingClient,
    private readonly steps: Steps,
    private firstVerdict?: boolean,
  ) {}

  /** An article about AI and work: what the page must be for Recount to highlight it. */
  get passed(): boolean {
    return this.isArticle && this.aiWork.isAiWork;
  }

  private get htmlLang(): string | null {
    return this.doc.documentElement.getAttribute('lang');
  }

  /**
   * Substring counts over a sample of the page's text, read in steps; where they say maybe, the
   * background reads the same sample as words (off the main thread) with a looser bar than the
   * article's own check, so most pages that merely mention AI stop here.
   */
  async mayBeAboutAiAndWork(): Promise<boolean> {
    const known = this.firstVerdict;
    this.firstVerdict = undefined;
    if (known !== undefined) return (this.pageMayBeAiWork = known);
    const prefilter = new PagePrefilter(this.doc);
    while (!prefilter.done) await this.steps.step(() => prefilter.read(PREFILTER_NODES_PER_STEP), 'topic prefilter');
    if (!prefilter.maybe) return (this.pageMayBeAiWork = false);
    const { aiWork } = await this.steps.guard(this.client.topic(this.htmlLang, prefilter.sample, true));
    return (this.pageMayBeAiWork = aiWork.isAiWork);
  }

  async checkArticle(): Promise<boolean> {
    if (!this.articleChecked) {
      this.isArticle = await this.steps.step(() => isArticlePage(this.doc), 'article gate');
      this.articleChecked = true;
    }
    return this.isArticle;
  }

  /** Language and topic of a sample of the article, told by the background off the main thread. */
  async readTopic(sample: string): Promise<void> {
    const { lang, aiWork } = await this.steps.guard(this.client.topic(this.htmlLang, sample));
    this.lang = lang;
    // The same rule as the CLI's reader: only an article the prefilter let through can be on topic.
    this.aiWork = gatedTopic(aiWork, this.isArticle, this.pageMayBeAiWork !== false);
  }
}
