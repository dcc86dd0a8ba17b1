/**
 * The tab controller below the end-to-end level: its phases, its settings in any order, rematching
 * after an import, content added ahead of and behind the reader, the card and focus, and teardown,
 * also while the background's reply is in flight. After every teardown the page's markup is
 * byte-identical to what it was before the controller started.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageInput } from '../../extension/tab/page-input.ts';
import type { PageController } from '../../extension/page-controller.ts';
import type { Settings } from '../../types/settings.ts';
import {
  BAKERY,
  cardDialog,
  demoPage,
  FakeIntersectionObserver,
  IMPORTED,
  loadPage,
  markId,
  marks,
  nearBefore,
  NOT_ABOUT_AI,
  notes,
  noteText,
  pageHtml,
  SETTINGS,
  startController,
} from './harness.ts';

let scrolledTo: Element[] = [];
let controllers: PageController[] = [];

beforeEach(() => {
  FakeIntersectionObserver.near = () => true;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  scrolledTo = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});
afterEach(() => {
  for (const c of controllers.splice(0)) c.teardown();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function start(settings: Partial<Settings> = {}, firstVerdict?: boolean): ReturnType<typeof startController> {
  const started = startController(settings, firstVerdict);
  controllers.push(started.controller);
  return started;
}

async function apply(controller: PageController, settings: Partial<Settings>): Promise<void> {
  controller.updateSettings({ ...SETTINGS, ...settings });
  await controller.whenSettled();
}

describe('phases', () => {
  it('stops at the gate on a page that is not about AI and work, and changes nothing', async () => {
    const original = loadPage(NOT_ABOUT_AI);
    const { controller } = start();
    expect(controller.phase).toBe('idle');
    await controller.start();
    expect(controller.phase).toBe('gated-out');
    expect(marks()).toHaveLength(0);
    expect(pageHtml()).toBe(original);
    expect(controller.perf()).toMatchObject({ done: true, isAiWork: false, claims: 0, settled: { idle: true } });
  });

  it('reads a short article to its end and marks its figures', async () => {
    loadPage(demoPage());
    const { controller } = start();
    await controller.start();
    expect(controller.phase).toBe('all-read');
    expect(marks().length).toBeGreaterThan(10);
    expect(document.querySelectorAll('recount-mark.recount-matched').length).toBeGreaterThan(3);
    expect(controller.perf().settled).toEqual({ count: 1, idle: true });
  });

  it("takes the first stage's verdict on the page instead of reading its sample and asking the background again", async () => {
    const pageWide = (r: { type: string; wholePage?: boolean }): boolean => r.type === 'recount:read-topic' && r.wholePage === true;
    loadPage(demoPage());
    const asked = start();
    await asked.controller.start();
    expect(asked.reading.requests.filter(pageWide)).toHaveLength(1);
    const marked = marks().length;
    asked.controller.teardown();

    const handed = start({}, true);
    await handed.controller.start();
    expect(handed.reading.requests.filter(pageWide)).toEqual([]);
    expect(handed.controller.phase).toBe('all-read');
    expect(marks()).toHaveLength(marked);
    handed.controller.teardown();

    // A verdict of no is taken as well: nothing is read, nothing asked.
    const turned = start({}, false);
    await turned.controller.start();
    expect(turned.controller.phase).toBe('gated-out');
    expect(turned.reading.requests).toEqual([]);
    expect(marks()).toHaveLength(0);
  });

  it('reads a long article as far as the viewport, waits for a scroll, and reads on when the reader gets near', async () => {
    loadPage(demoPage(8));
    const articles = () => document.querySelectorAll('article p.lead');
    let limit = 2; // the reader sees the first two copies of the article
    FakeIntersectionObserver.near = nearBefore(() => articles()[limit] ?? null);
    const { controller } = start();
    await controller.start();
    expect(controller.phase).toBe('waiting-for-scroll');
    const first = controller.perf().claims;
    expect(first).toBeGreaterThan(0);
    // A scroll that does not reach the unread text reads nothing more.
    const answered = FakeIntersectionObserver.answered();
    window.dispatchEvent(new Event('scroll'));
    await answered;
    await controller.whenSettled();
    expect(controller.perf().claims).toBe(first);
    limit = 8;
    window.dispatchEvent(new Event('scroll'));
    await until(() => controller.phase === 'all-read', controller);
    expect(controller.perf().claims).toBeGreaterThan(first * 2);
    expect(marks().length).toBe(controller.perf().claims);
  });

  it('pauses reading while highlights are off, and the popup still gets every claim', async () => {
    const original = loadPage(demoPage(4));
    FakeIntersectionObserver.near = nearBefore(() => document.querySelectorAll('article p.lead')[1] ?? null);
    const { controller } = start({ highlights: false });
    await controller.start();
    expect(controller.phase).toBe('paused');
    expect(pageHtml()).toBe(original);
    const state = await controller.readAllAndReport();
    expect(state.phase).toBe('all-read');
    expect(state.claims.length).toBeGreaterThan(20);
    expect(state.claims.every((c) => !c.highlighted)).toBe(true);
    expect(state.settled.idle).toBe(true);
    expect(pageHtml()).toBe(original);
  });

  it('does nothing on a site the reader switched off, and starts when it is switched on again', async () => {
    const original = loadPage(demoPage());
    const { controller } = start({ disabledSites: [location.hostname] });
    await controller.start();
    expect(controller.phase).toBe('idle');
    expect((await controller.readAllAndReport()).claims).toHaveLength(0);
    expect(pageHtml()).toBe(original);
    await apply(controller, {});
    expect(controller.phase).toBe('all-read');
    expect(marks().length).toBeGreaterThan(10);
  });
});

describe('settings in any order', () => {
  const toggles: Partial<Settings>[] = [
    { highlights: true, overlays: true },
    { highlights: false, overlays: true },
    { highlights: true, overlays: false },
    { highlights: false, overlays: false },
    { highlights: true, overlays: true, disabledSites: ['localhost'] },
  ];

  // Every order of two toggles, then everything off: the page comes back byte for byte.
  for (const a of toggles) {
    for (const b of toggles) {
      it(`${JSON.stringify(a)} then ${JSON.stringify(b)}`, async () => {
        const original = loadPage(demoPage());
        const { controller } = start();
        await controller.start();
        for (const s of [a, b]) {
          await apply(controller, s);
          const on = s.highlights !== false && !s.disabledSites?.length;
          expect(marks().length > 0, 'marks').toBe(on);
          expect(notes().length > 0, 'notes').toBe(on && s.overlays === true);
          expect(Array.from(document.querySelectorAll('style')).filter((st) => st.textContent?.includes('recount-mark')).length).toBe(on ? 1 : 0);
        }
        await apply(controller, { highlights: false });
        expect(pageHtml()).toBe(original);
      });
    }
  }

  it('applies settings that arrive while the page is still being read, and only the last one wins', async () => {
    const original = loadPage(demoPage(2));
    const { controller } = start();
    const started = controller.start();
    controller.updateSettings({ ...SETTINGS, overlays: true });
    controller.updateSettings({ ...SETTINGS, highlights: false });
    controller.updateSettings({ ...SETTINGS, highlights: true, overlays: true });
    await started;
    await controller.whenSettled();
    expect(marks().length).toBeGreaterThan(10);
    // One note per fact per paragraph with a matched mark, none twice.
    const factOf = new Map((await controller.readAllAndReport()).claims.map((c) => [c.index, c.factId]));
    const blocks = Array.from(document.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, h5, h6'));
    const wanted = new Set(Array.from(document.querySelectorAll<HTMLElement>('recount-mark.recount-matched')).map((m) => `${blocks.indexOf(m.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6')!)} ${factOf.get(markId(m))}`));
    const placed = notes().map((n) => blocks.indexOf(n.closest('p, li, blockquote, h1, h2, h3, h4, h5, h6')!));
    expect(notes()).toHaveLength(wanted.size);
    for (const b of new Set(placed)) expect(placed.filter((x) => x === b).length).toBe([...wanted].filter((w) => w.startsWith(`${b} `)).length);
    controller.teardown();
    expect(pageHtml()).toBe(original);
  });

  it("answers a state request after its own change also when a later change reached the tab first", async () => {
    loadPage(demoPage());
    const { controller } = start({ revision: 1 });
    await controller.start();
    // The popup saved highlights off (revision 2), then on again (revision 3); storage told the tab
    // both before the popup's request for the state after revision 2 came in.
    controller.updateSettings({ ...SETTINGS, highlights: false, revision: 2 });
    controller.updateSettings({ ...SETTINGS, highlights: true, revision: 3 });
    const state = await controller.readAllAndReport(2);
    expect(state.settingsRevision).toBe(3);
    expect(state.highlighted).toBe(true);
    expect(marks().length).toBeGreaterThan(0);
  });

  it('holds a state request until its own change reached the tab, not an earlier one', async () => {
    loadPage(demoPage());
    const { controller } = start({ revision: 1 });
    await controller.start();
    let answered = false;
    const reply = controller.readAllAndReport(4).then((s) => ((answered = true), s));
    await apply(controller, { overlays: true, revision: 3 });
    // A request without a revision, queued behind everything: had the first one not waited, it was answered before this.
    await controller.readAllAndReport();
    expect(answered).toBe(false);
    await apply(controller, { highlights: false, revision: 4 });
    const state = await reply;
    expect(state.settingsRevision).toBe(4);
    expect(state.highlighted).toBe(false);
    expect(marks()).toHaveLength(0);
  });

  it('keeps notes in place as more of the article is marked, adding only the new ones', async () => {
    loadPage(demoPage(3));
    let limit = 1;
    FakeIntersectionObserver.near = nearBefore(() => document.querySelectorAll('article p.lead')[limit] ?? null);
    const { controller } = start({ overlays: true });
    await controller.start();
    const before = notes();
    expect(before.length).toBeGreaterThan(0);
    limit = 3;
    window.dispatchEvent(new Event('scroll'));
    await until(() => controller.phase === 'all-read', controller);
    const after = notes();
    expect(after.length).toBeGreaterThan(before.length);
    for (const n of before) expect(after).toContain(n); // the very same elements: not rebuilt
  });
});

describe('the registry and added content', () => {
  it('matches again after an import, and again after it is switched off', async () => {
    const original = loadPage(demoPage(1, BAKERY));
    const { controller, reading } = start({ overlays: true });
    await controller.start();
    const bakery = () => document.querySelector('#bakery recount-mark');
    expect(bakery()?.classList.contains('recount-figure')).toBe(true);
    reading.imported = IMPORTED;
    reading.client.forget();
    controller.rematch();
    await controller.whenSettled();
    expect(bakery()?.classList.contains('recount-matched')).toBe(true);
    // The note speaks of this figure: the verdict on it, with the matched figure's own label.
    expect(noteText(document.querySelector('#bakery recount-note'))).toContain('robots in the demo bakery');
    reading.imported = [];
    reading.client.forget();
    controller.rematch();
    await controller.whenSettled();
    expect(bakery()?.classList.contains('recount-figure')).toBe(true);
    expect(document.querySelector('#bakery recount-note')).toBeNull();
    // Claim ids still run on across batches: every mark's id names a claim of the page.
    const state = await controller.readAllAndReport();
    expect(new Set(marks().map(markId)).size).toBe(state.claims.filter((c) => c.highlighted).length);
    controller.teardown();
    expect(pageHtml()).toBe(original);
  });

  it('reads content added behind the reader, once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const original = loadPage(demoPage());
    const { controller } = start();
    const started = controller.start();
    await vi.runAllTimersAsync();
    await started;
    const before = controller.perf().claims;
    const added = document.createElement('p');
    added.textContent = 'A later update: the insurer says 2,000 staff will be retrained.';
    document.querySelector('article')!.appendChild(added);
    await vi.runAllTimersAsync();
    await controller.whenSettled();
    expect(controller.perf().claims).toBeGreaterThan(before);
    expect(added.querySelector('recount-mark')?.textContent).toContain('2,000');
    // Our own marks, notes and card are not "added content": nothing is read twice.
    await apply(controller, { overlays: true });
    await vi.runAllTimersAsync();
    await controller.whenSettled();
    expect(added.querySelectorAll('recount-mark')).toHaveLength(1);
    controller.teardown();
    added.remove();
    expect(pageHtml()).toBe(original);
  });

  it('leaves content added ahead of the reader to the reader, and reads it once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadPage(demoPage(12));
    let limit = 1;
    FakeIntersectionObserver.near = nearBefore(() => document.querySelectorAll('article p.lead')[limit] ?? null);
    const { controller } = start();
    const started = controller.start();
    await vi.runAllTimersAsync();
    await started;
    expect(controller.phase).toBe('waiting-for-scroll');
    const requestsBefore = controller.perf().claims;
    const ahead = document.createElement('p');
    ahead.textContent = 'Further down, a late note: 3,300 jobs were moved to the new plant.';
    document.querySelector('article')!.appendChild(ahead);
    await vi.runAllTimersAsync();
    await controller.whenSettled();
    expect(controller.perf().claims).toBe(requestsBefore); // not read now
    limit = 12;
    window.dispatchEvent(new Event('scroll'));
    await vi.runAllTimersAsync();
    await until(() => controller.phase === 'all-read', controller);
    expect(ahead.querySelectorAll('recount-mark')).toHaveLength(1);
  });
});

describe('the card and focus', () => {
  it('opens a claim\'s card, closes it on a pointer down outside, and on Escape gives focus back to the figure', async () => {
    const original = loadPage(demoPage());
    const { controller } = start();
    await controller.start();
    const mark = document.querySelector<HTMLElement>('recount-mark.recount-matched')!;
    await controller.input.openCard(markId(mark));
    expect(cardDialog()?.textContent).toContain(mark.textContent!);
    expect(cardDialog()?.querySelector('.verdict')).not.toBeNull();
    // A pointer down on a mark leaves the card open (the click will open that mark's card).
    controller.input.pointerDownAt(mark, [mark, document.body]);
    expect(cardDialog()).not.toBeNull();
    controller.input.pointerDownAt(document.body, [document.body]);
    expect(document.querySelector('recount-ui')).toBeNull();
    await controller.input.openCard(markId(mark));
    cardDialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('recount-ui')).toBeNull();
    expect(document.activeElement).toBe(mark);
    // Turning highlights off closes an open card too.
    await controller.input.openCard(markId(mark));
    await apply(controller, { highlights: false });
    expect(document.querySelector('recount-ui')).toBeNull();
    expect(pageHtml()).toBe(original);
  });

  it('shows a card for an unmatched figure with how it was read', async () => {
    loadPage(demoPage());
    const { controller } = start();
    await controller.start();
    const figure = document.querySelector<HTMLElement>('recount-mark.recount-figure')!;
    await controller.input.openCard(markId(figure));
    expect(cardDialog()?.querySelector('q')?.textContent).toBe(figure.textContent);
    expect(cardDialog()?.querySelector('.no-fact')).not.toBeNull();
    expect(cardDialog()?.querySelector('.verdict')).toBeNull();
  });

  it('ignores events the page makes up: a script cannot open the card', async () => {
    loadPage(demoPage());
    const { controller, life } = start();
    await controller.start();
    new PageInput(controller.input).listen(document, life.signal);
    document.querySelector('recount-mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await controller.whenSettled();
    expect(document.querySelector('recount-ui')).toBeNull();
  });

  it('focuses a figure for the popup, or scrolls to its text when highlights are off', async () => {
    loadPage(demoPage());
    const { controller } = start();
    await controller.start();
    const mark = document.querySelector<HTMLElement>('recount-mark')!;
    expect(controller.focusClaim(markId(mark))).toBe(true);
    expect(document.activeElement).toBe(mark);
    expect(scrolledTo).toEqual([mark]);
    await apply(controller, { highlights: false });
    const text = mark.textContent!;
    expect(controller.focusClaim(0)).toBe(true);
    expect(scrolledTo[1]?.textContent).toContain(text);
    expect(controller.focusClaim(10_000)).toBe(false);
  });
});

describe('teardown', () => {
  it('undoes marks, notes, style and card exactly, and nothing runs after it', async () => {
    const original = loadPage(demoPage());
    const { controller, life } = start({ overlays: true });
    await controller.start();
    await controller.input.openCard(markId(document.querySelector<HTMLElement>('recount-mark.recount-matched')!));
    expect(document.querySelector('recount-ui')).not.toBeNull();
    life.abort(); // the content script's context going away
    expect(controller.phase).toBe('disposed');
    expect(pageHtml()).toBe(original);
    controller.updateSettings({ ...SETTINGS, overlays: true });
    controller.rematch();
    await controller.whenSettled();
    expect((await controller.readAllAndReport()).phase).toBe('disposed');
    expect(pageHtml()).toBe(original);
  });

  it('while a reply from the background is in flight, brings nothing back when it arrives', async () => {
    const original = loadPage(demoPage(3));
    // The reader sees only the top of the page: the first chunk is read and marked.
    FakeIntersectionObserver.near = () => false;
    const { controller, reading } = start({ overlays: true });
    await controller.start();
    expect(marks().length).toBeGreaterThan(0);
    // The reader scrolls on; the answer for the next chunk is held back.
    reading.holdIf = (r) => r.type === 'recount:read-claims';
    FakeIntersectionObserver.near = () => true;
    window.dispatchEvent(new Event('scroll'));
    await reading.whenHeld();
    controller.teardown();
    expect(pageHtml()).toBe(original);
    reading.release();
    await controller.whenSettled();
    expect(pageHtml()).toBe(original);
    expect(controller.phase).toBe('disposed');
  });

  it('while the gate waits for the topic, never starts reading', async () => {
    const original = loadPage(demoPage());
    const { controller, reading } = start();
    reading.holdIf = (r) => r.type === 'recount:read-topic';
    const started = controller.start();
    await reading.whenHeld();
    controller.teardown();
    reading.release();
    await started;
    expect(controller.perf().claims).toBe(0);
    expect(pageHtml()).toBe(original);
  });

  it('while a card waits for its fact, opens no card', async () => {
    const original = loadPage(demoPage());
    const { controller, reading } = start();
    await controller.start();
    reading.client.forget();
    reading.holdIf = (r) => r.type === 'recount:get-facts';
    const opening = controller.input.openCard(markId(document.querySelector<HTMLElement>('recount-mark.recount-matched')!));
    await reading.whenHeld();
    controller.teardown();
    reading.release();
    await opening.catch(() => undefined);
    expect(document.querySelector('recount-ui')).toBeNull();
    expect(pageHtml()).toBe(original);
  });
});

/**
 * Waits, by the controller's own events, until `done()` holds: a scroll check answers in a
 * microtask and then queues its work, so each round lets microtasks run, then waits for the queue
 * to run dry. Gives up after a bounded number of rounds.
 */
async function until(done: () => boolean, controller: PageController): Promise<void> {
  for (let round = 0; round < 100 && !done(); round++) {
    await new Promise<void>((r) => queueMicrotask(r));
    await controller.whenSettled();
  }
  if (!done()) console.log('until', controller.phase, JSON.stringify(controller.perf()));
  expect(done()).toBe(true);
}
