/**
 * The content script's first stage: it decides on the page with the page-wide prefilter and loads
 * the reader only where the page may be about AI and work; elsewhere it changes nothing, answers
 * the benchmark itself, and loads the reader when the popup asks, or when a single-page app moves
 * on to an article about AI and work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FirstStage } from '../../extension/first-stage.ts';
import type { FirstVerdicts, Reader, StartReader } from '../../extension/reader-handoff.ts';
import { ReadingService } from '../../extension/reading-service.ts';
import type { PagePerf, Request } from '../../types/page-state.ts';
import { demoPage, loadPage, NOT_ABOUT_AI, pageHtml } from './harness.ts';

const lives: AbortController[] = [];
afterEach(() => {
  for (const life of lives.splice(0)) life.abort();
});

/** A first stage whose reader is a stub that records what it is asked. */
function stage(): { stage: FirstStage; loads: () => number; loaded: Promise<void>; asked: Request[]; handed: (FirstVerdicts | undefined)[] } {
  const life = new AbortController();
  lives.push(life);
  const asked: Request[] = [];
  const handed: (FirstVerdicts | undefined)[] = [];
  let loads = 0;
  let onLoad!: () => void;
  const loaded = new Promise<void>((r) => (onLoad = r));
  const reader: Reader = {
    handle: (m) => {
      asked.push(m);
      return Promise.resolve('from the reader');
    },
  };
  const load = (): Promise<StartReader> => {
    loads++;
    onLoad();
    return Promise.resolve((_signal, verdicts) => {
      handed.push(verdicts);
      return reader;
    });
  };
  // The word check as the background answers it.
  const service = new ReadingService(() => Promise.resolve([]));
  const wordCheck = (htmlLang: string | null, sample: string): Promise<boolean> => Promise.resolve(service.topic(htmlLang, sample, true).aiWork.isAiWork);
  return { stage: new FirstStage(document, life.signal, load, wordCheck), loads: () => loads, loaded, asked, handed };
}

describe('the first stage', () => {
  it('leaves a page that is not about AI and work alone, and answers the benchmark itself', async () => {
    const original = loadPage(NOT_ABOUT_AI);
    const s = stage();
    await s.stage.start();
    expect(s.loads()).toBe(0);
    expect(pageHtml()).toBe(original);
    const perf = (await s.stage.handle({ type: 'recount:get-perf' })) as PagePerf;
    expect(perf).toMatchObject({ isAiWork: false, isArticle: false, phase: 'gated-out', claims: 0, settled: { idle: true } });
    expect(perf.steps).toBeGreaterThan(0);
    expect(s.stage.handle({ type: 'recount:not-ours' } as unknown as Request)).toBeUndefined();
  });

  it('loads the reader on a page that may be about AI and work, once, and hands it the messages', async () => {
    loadPage(demoPage());
    const s = stage();
    await s.stage.start();
    await s.stage.start();
    expect(s.loads()).toBe(1);
    expect(await s.stage.handle({ type: 'recount:get-perf' })).toBe('from the reader');
    expect(s.asked).toEqual([{ type: 'recount:get-perf' }]);
    // Its verdict goes with it, so the reader neither reads the sample again nor asks the background again.
    expect(s.handed).toHaveLength(1);
    expect(s.handed[0]?.get(document)).toBe(true);
  });

  it('loads the reader when the popup asks what is on a page it left alone', async () => {
    loadPage(NOT_ABOUT_AI);
    const s = stage();
    await s.stage.start();
    expect(await s.stage.handle({ type: 'recount:get-state' })).toBe('from the reader');
    expect(s.loads()).toBe(1);
    expect(s.asked).toEqual([{ type: 'recount:get-state' }]);
    // No verdict handed: the reader asks for itself.
    expect(s.handed).toEqual([undefined]);
  });

  it('decides again when a single-page app moves on, and loads the reader for an article about AI and work', async () => {
    loadPage(NOT_ABOUT_AI);
    const s = stage();
    await s.stage.start();
    expect(s.loads()).toBe(0);
    document.body.innerHTML = demoPage();
    history.pushState(null, '', '/next-article');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await s.loaded;
    expect(s.loads()).toBe(1);
  });
});
