/**
 * Pages that fight back, at the controller's level: editable regions (from the start or later),
 * content typed into them, and pages that change under Recount.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageController } from '../../extension/page-controller.ts';
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

  it('drops the claims of a ticker line once it is replaced, and reads the ticker within its budget', async () => {
    const controller = await started();
    const before = controller.perf().claims;
    const article = document.querySelector('article')!;
    let line = document.createElement('p');
    article.appendChild(line);
    const counts: number[] = [];
    for (let tick = 1; tick <= 60; tick++) {
      const next = document.createElement('p');
      next.textContent = `Update ${tick}: shares moved ${tick % 7}.${tick % 10}% and ${200 + tick} more jobs were listed.`;
      line.replaceWith(next);
      line = next;
      await settle(controller);
      counts.push(controller.perf().claims);
    }
    const { addedContent, claims } = controller.perf();
    expect(addedContent.read).toBe(20);
    expect(addedContent.refused).toBe(40);
    // At most the claims of the last line read (a few) are kept beside the article's own.
    expect(Math.max(...counts)).toBeLessThanOrEqual(before + 3);
    expect(claims).toBeLessThanOrEqual(before + 3);
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
    const { requestPieces } = await import('../../extension/tab/request-pieces.ts');
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
