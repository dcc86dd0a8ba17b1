/**
 * Pages that fight back, at the controller's level: editable regions (from the start or later),
 * content typed into them, and pages that change under Recount.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageController } from '../../extension/page-controller.ts';
import { REWRITES_READ, SETTLE_MS } from '../../extension/tab/churn-guard.ts';
import { demoPage, FakeIntersectionObserver, loadPage, marks, pageHtml, SETTINGS, startController } from './harness.ts';

let controllers: PageController[] = [];

beforeEach(() => {
  FakeIntersectionObserver.near = () => true;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  for (const c of controllers.splice(0)) c.teardown();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function start(): PageController {
  const { controller } = startController();
  controllers.push(controller);
  return controller;
}

async function settle(controller: PageController): Promise<void> {
  await vi.runAllTimersAsync();
  await controller.whenSettled();
}

describe('editable means untouchable', () => {
  for (const value of ['true', 'false', 'plaintext-only', '']) {
    it(`reads nothing in an article with contenteditable="${value}"`, async () => {
      const original = loadPage(demoPage().replace('<article>', `<article contenteditable="${value}">`));
      const controller = start();
      await controller.start();
      expect(controller.perf().claims).toBe(0);
      expect(pageHtml()).toBe(original);
    });
  }

  it('never reads what is added inside an editable box, but reads what is added beside it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadPage(demoPage());
    const controller = start();
    const started = controller.start();
    await vi.runAllTimersAsync();
    await started;
    const box = document.querySelector('article .note')!;
    const typed = document.createElement('div');
    typed.textContent = '40% of our staff will be cut.';
    box.appendChild(typed);
    const beside = document.createElement('p');
    beside.textContent = 'A later update: the insurer says 2,000 staff will be retrained.';
    document.querySelector('article')!.appendChild(beside);
    await settle(controller);
    expect(beside.querySelectorAll('recount-mark')).toHaveLength(1);
    expect(box.querySelectorAll('recount-mark')).toHaveLength(0);
    expect(typed.textContent).toBe('40% of our staff will be cut.');
  });

  it('marks nothing more in a region that became editable, and loses nothing typed there when turned off', async () => {
    loadPage(demoPage());
    const controller = start();
    await controller.start();
    const para = Array.from(document.querySelectorAll('article p')).find((p) => p.textContent!.includes('ResumeBuilder'))!;
    const mark = para.querySelector('recount-mark')!;
    para.setAttribute('contenteditable', 'true');
    // The writer types after the figure, into the text node Recount inserted.
    (mark.nextSibling as Text).insertData(0, ' (typed)');
    const text = para.textContent;
    controller.updateSettings({ ...SETTINGS, highlights: false });
    await controller.whenSettled();
    expect(marks()).toHaveLength(0);
    expect(para.textContent).toBe(text);
  });

  it('takes out marks the page copied by re-serialising the article, leaving its text', async () => {
    loadPage(demoPage());
    const controller = start();
    await controller.start();
    const article = document.querySelector('article')!;
    const count = marks().length;
    expect(count).toBeGreaterThan(10);
    const text = article.textContent;
    article.innerHTML = article.innerHTML; // every mark is now a copy Recount did not make
    controller.updateSettings({ ...SETTINGS, highlights: false });
    await controller.whenSettled();
    expect(document.querySelectorAll('recount-mark, [role=button][data-recount-claim]')).toHaveLength(0);
    expect(article.textContent).toBe(text);
  });
});

describe('pages that change under Recount', () => {
  async function started(): Promise<PageController> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadPage(demoPage());
    const controller = start();
    const running = controller.start();
    await vi.runAllTimersAsync();
    await running;
    return controller;
  }

  it('drops the claims of a ticker line once it is replaced, and reads a ticker a bounded number of times', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    loadPage(demoPage());
    const { controller, reading } = startController();
    controllers.push(controller);
    const running = controller.start();
    await vi.runAllTimersAsync();
    await running;
    const before = controller.perf().claims;
    const requestsBefore = reading.requests.length;
    // The ticker: a container inside the article whose line is replaced four times a second.
    const desk = document.createElement('div');
    document.querySelector('article')!.appendChild(desk);
    const line = (tick: number) => `Update ${tick}: shares moved ${tick % 7}.${tick % 10}% and ${200 + tick} more jobs were listed.`;
    desk.innerHTML = `<p>${line(0)}</p>`;
    // Fake time passes only when the test moves it: a quarter second, then the work it started, run to its end.
    const wait = async (ms: number): Promise<void> => {
      await vi.advanceTimersByTimeAsync(ms);
      while (!controller.perf().settled.idle) {
        await new Promise((r) => setImmediate(r)); // the in-process background's replies
        await vi.advanceTimersByTimeAsync(1); // a step's yield, set during a tick, falls 1 ms later
      }
    };
    const counts: number[] = [];
    const requests: number[] = [];
    const records: number[] = [];
    const beside = document.createElement('p');
    beside.textContent = 'A later update: the insurer says 2,000 staff will be retrained.';
    const inside = document.createElement('span');
    inside.textContent = ' Another 1,500 will be moved to claims work.';
    for (let tick = 1; tick <= 240; tick++) {
      const next = document.createElement('p');
      next.textContent = line(tick);
      desk.firstElementChild!.replaceWith(next);
      await wait(250);
      counts.push(controller.perf().claims);
      requests.push(reading.requests.length - requestsBefore);
      records.push(controller.perf().addedContent.records ?? NaN);
      if (tick === 120) {
        // Beside the ticker, what the page adds is still read: next to it, and inside a paragraph already read.
        document.querySelector('article')!.insertBefore(beside, desk);
        document.querySelector('article p')!.appendChild(inside);
      }
    }
    // A minute of ticks: the first line and the first few rewrites are read, then none, however long it goes on.
    expect(requests.at(-1)).toBeLessThanOrEqual(3 + REWRITES_READ);
    expect(requests[119]).toBe(requests[REWRITES_READ + 5]);
    const { addedContent } = controller.perf();
    expect(addedContent.read).toBeLessThanOrEqual(3 + REWRITES_READ);
    expect(addedContent.passedOver).toBeGreaterThan(0);
    // The work per tick, counted: once the ticker's container is passed over, its rewrites reach the
    // watcher no more (the two additions beside it are two records), and it is checked once every
    // SETTLE_MS whatever the ticker's pace.
    expect(records.at(-1)! - records[REWRITES_READ + 5]!).toBe(2);
    expect(addedContent.checks).toBeLessThanOrEqual(Math.ceil((240 * 250) / SETTLE_MS) + 1);
    expect(beside.querySelectorAll('recount-mark')).toHaveLength(1);
    expect(inside.querySelectorAll('recount-mark')).toHaveLength(1);
    // At most the claims of the last line read (a few) are kept beside the article's own and the two additions.
    expect(Math.max(...counts)).toBeLessThanOrEqual(before + 5);
    // Once the ticker stops and stays quiet, its last line is read once, and marked.
    await wait(20_000);
    expect(reading.requests.length - requestsBefore).toBe(requests.at(-1)! + 1);
    expect(Array.from(desk.querySelectorAll('recount-mark'), (m) => m.textContent)).toContain(`${200 + 240}`);
    expect(controller.perf().claims).toBeLessThanOrEqual(before + 5);
  });

  it('reads a live blog\'s appended entries, which are not churn, within the per-minute budget', async () => {
    const controller = await started();
    const article = document.querySelector('article')!;
    for (let entry = 1; entry <= 30; entry++) {
      const p = document.createElement('p');
      p.textContent = `Entry ${entry}: the insurer says ${100 + entry} more staff will be retrained.`;
      article.appendChild(p);
      await settle(controller);
    }
    const { addedContent } = controller.perf();
    expect(addedContent.passedOver).toBe(0);
    expect(addedContent.read).toBe(20);
    expect(addedContent.refused).toBe(10);
  });

  it('asks for a fresh read when the article is replaced in place', async () => {
    const controller = await started();
    const navigated = vi.fn();
    controller.onNavigate = navigated;
    document.querySelector('article')!.innerHTML = '<p>A new page: the home side won 3-1 before 41,000 fans.</p>';
    await settle(controller);
    expect(navigated).toHaveBeenCalledTimes(1);
  });

  it('asks for a fresh read when an app moves to another address and replaces the article\'s container', async () => {
    const controller = await started();
    const navigated = vi.fn();
    controller.onNavigate = navigated;
    history.pushState({}, '', '/next-article');
    const main = document.querySelector('article')!.parentElement!;
    main.replaceWith(document.createElement('main'));
    await settle(controller);
    expect(navigated).toHaveBeenCalledTimes(1);
    history.pushState({}, '', '/');
  });

  it('does not call a jump to an anchor a navigation', async () => {
    const controller = await started();
    const navigated = vi.fn();
    controller.onNavigate = navigated;
    history.pushState({}, '', '#further');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(controller);
    expect(navigated).not.toHaveBeenCalled();
  });
});

describe('reach', () => {
  it('reads a huge text node to its end, in pieces, and marks a figure near its end', async () => {
    const filler = 'Staff at the insurer talked about AI and their work all week. '.repeat(5_000); // ~310k characters
    loadPage(demoPage(1, `<p id="huge">${filler}In the end the insurer cut 4,400 jobs.</p>`));
    const controller = start();
    await controller.start();
    const huge = document.getElementById('huge')!;
    expect(huge.querySelector('recount-mark')?.textContent).toContain('4,400');
    expect(huge.textContent!.length).toBe(filler.length + 'In the end the insurer cut 4,400 jobs.'.length);
  });

  it('cuts long text for the background at line or sentence ends, keeping every character', async () => {
    const { requestPieces } = await import('../../page/reading-plan.ts');
    const text = 'One sentence here. '.repeat(20) + '\n' + 'x'.repeat(500);
    const pieces = requestPieces(text, 120);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(120);
      expect(text.slice(p.at, p.at + p.text.length)).toBe(p.text);
    }
    expect(pieces[0]!.text.endsWith('. ')).toBe(true);
  });
});
