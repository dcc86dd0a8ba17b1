/**
 * The content script's first stage, the only part of Recount loaded on every http(s) page. It
 * asks the page-wide prefilter (the CLI reader's own): its substring counts here, and only where
 * they say maybe, its word check in the background (which reads the sample, off the page's main
 * thread). It loads the reader only where both say the page may be about AI and work. Elsewhere it
 * stays as it is: a navigation watch (a single-page app may move on to an article) and the answer
 * to the popup, which loads the reader when the reader asks what is on the page.
 */
import { PagePrefilter, PREFILTER_NODES_PER_STEP } from '../page/page-prefilter.ts';
import type { PagePerf, Request } from '../types/page-state.ts';
import type { FirstVerdicts, Reader, StartReader } from './reader-handoff.ts';
import { runSafely } from './run-safely.ts';
import { framesOnceLoaded, readableFrames } from '../page/readable-frames.ts';
import { NavigationWatcher } from './tab/navigation-watcher.ts';
import { WorkBudget } from './tab/work-budget.ts';
import { TaskMeter, yieldToPage } from './task-meter.ts';

/** The prefilter's word check over the page's sample: true where the page may be about AI and work. */
export type WholePageCheck = (htmlLang: string | null, sample: string) => Promise<boolean>;

/** Fresh verdicts a minute when a single-page app moves on (the reader keeps its own budget after). */
const FRESH_VERDICTS_PER_MINUTE = 10;

export class FirstStage {
  private reader: Promise<Reader> | null = null;
  private readonly meter = new TaskMeter();
  private readonly navigation: NavigationWatcher;
  private readonly freshVerdicts = new WorkBudget(FRESH_VERDICTS_PER_MINUTE);
  private deciding = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly load: () => Promise<StartReader>,
    private readonly wordCheck: WholePageCheck,
  ) {
    this.navigation = new NavigationWatcher(doc, () => this.navigated());
    signal.addEventListener('abort', () => this.navigation.dispose(), { once: true });
  }

  /** Decides on the page; loads the reader where it may be about AI and work. */
  async start(): Promise<void> {
    if (this.reader || this.deciding || this.signal.aborted) return;
    this.deciding = true;
    try {
      // A page that is no article of its own may show one in a same-origin frame (the reader then reads it).
      const verdicts = new Map<Document, boolean>();
      const maybe = (await this.mayBeAiWork(this.doc, verdicts)) || (await this.frameMayBeAiWork(verdicts));
      // Gone, or the popup has loaded the reader meanwhile: the reader has the page now.
      if (this.signal.aborted || this.reader) return;
      if (maybe) await this.startReader(verdicts);
      else this.navigation.watch(null);
    } finally {
      this.deciding = false;
    }
  }

  /** The prefilter's verdict on `doc` (kept in `verdicts`): its counts here, where they say maybe its words in the background. */
  private async mayBeAiWork(doc: Document, verdicts: Map<Document, boolean>): Promise<boolean> {
    const prefilter = new PagePrefilter(doc);
    while (!prefilter.done && !this.signal.aborted) {
      this.meter.measure(() => prefilter.read(PREFILTER_NODES_PER_STEP), 'topic prefilter');
      if (!prefilter.done) await yieldToPage();
    }
    const maybe = prefilter.maybe && (await this.wordCheck(doc.documentElement.getAttribute('lang'), prefilter.sample));
    if (prefilter.done) verdicts.set(doc, maybe);
    return maybe;
  }

  /** Whether a same-origin frame may be about AI and work; the reader then asks which frame holds an article. */
  private async frameMayBeAiWork(verdicts: Map<Document, boolean>): Promise<boolean> {
    if (!(await framesOnceLoaded(this.doc, this.signal))) return false;
    for (const frame of readableFrames(this.doc)) if (await this.mayBeAiWork(frame, verdicts)) return true;
    return false;
  }

  /** `verdicts`: what this stage has just found, handed to the reader (none where the popup loads it). */
  private startReader(verdicts?: FirstVerdicts): Promise<Reader> {
    this.navigation.dispose();
    this.reader ??= this.load().then((start) => start(this.signal, verdicts));
    return this.reader;
  }

  private navigated(): void {
    if (this.freshVerdicts.take()) runSafely(() => this.start(), 'stopped on this page');
  }

  /** Answers the tab's messages; where the page was left alone, the popup's questions load the reader. */
  handle(message: Request): Promise<unknown> | undefined {
    const m = message as Request | null;
    if (!this.reader && m?.type === 'recount:get-perf') return Promise.resolve(this.perf());
    if (m?.type !== 'recount:get-state' && m?.type !== 'recount:focus-claim' && m?.type !== 'recount:get-perf') return undefined;
    return this.startReader().then((reader) => reader.handle(m));
  }

  /** What the first stage has cost a page it left alone (for the benchmark). */
  private perf(): PagePerf {
    const { meter } = this;
    return {
      ...{ workMs: meter.totalMs, backgroundMs: 0, maxTaskMs: meter.maxMs, steps: meter.steps, done: !this.deciding },
      ...{ isArticle: false, isAiWork: false, claims: 0, byStep: { ...meter.byName }, maxByStep: { ...meter.maxByName } },
      ...{ phase: 'gated-out', settled: { count: this.deciding ? 0 : 1, idle: !this.deciding }, addedContent: { read: 0, refused: 0, passedOver: 0 } },
    };
  }
}
