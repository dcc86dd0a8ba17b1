/**
 * Recount's card and notes live in closed shadow roots: `host.shadowRoot` is null for page scripts,
 * and Playwright's locators do not cross them either. Tests reach them as DevTools does, over the
 * Chrome DevTools protocol: `DOM.getDocument` with `pierce` lists closed roots, and `DOM.resolveNode`
 * gives a handle to one that `Runtime.callFunctionOn` runs a function on (in the page's frames too).
 * Only closed roots are
 * reached, so a root attached open again fails every test that reads through these helpers.
 */
import type { CDPSession, Page } from 'playwright-core';
import { CARD_TAG, NOTE_TAG } from '../../page/tag-names.ts';

interface DomNode {
  backendNodeId: number;
  localName?: string;
  shadowRootType?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** A frame's document (a same-origin one, such as a srcdoc frame's, where Recount may read an article). */
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/** Handles (CDP object ids) to the closed shadow roots of the elements named `tag`, in document order. */
async function closedRoots(cdp: CDPSession, tag: string): Promise<string[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: number[] = [];
  const walk = (node: DomNode): void => {
    for (const r of node.shadowRoots ?? []) {
      if (node.localName === tag && r.shadowRootType === 'closed') found.push(r.backendNodeId);
      walk(r);
    }
    for (const c of node.children ?? []) walk(c);
    if (node.contentDocument) walk(node.contentDocument);
  };
  walk(root);
  const ids: string[] = [];
  for (const backendNodeId of found) {
    // A root whose host left the page since the listing (a card closed meanwhile) is not there to read.
    const resolved = await cdp.send('DOM.resolveNode', { backendNodeId }).catch(() => null);
    if (resolved?.object.objectId) ids.push(resolved.object.objectId);
  }
  return ids;
}

async function call<R>(cdp: CDPSession, objectId: string, declaration: string, args: { value?: unknown; objectId?: string }[], byValue = true): Promise<R> {
  const r = await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: declaration, arguments: args, returnByValue: byValue, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`in a closed root: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return (byValue ? r.result.value : r.result.objectId) as R;
}

/** Runs `fn` in the page on the closed shadow root of each element named `tag`, in document order; their results (JSON values). */
export async function inClosedRoots<A, R>(page: Page, tag: string, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>[]> {
  const cdp = await cdpOf(page);
  const results: Awaited<R>[] = [];
  for (const objectId of await closedRoots(cdp, tag)) {
    results.push(await call(cdp, objectId, `function (arg) { return (${fn.toString()})(this, arg); }`, [{ value: arg }]));
    await cdp.send('Runtime.releaseObject', { objectId });
  }
  return results;
}

/** Runs `fn` on the open card's closed root: its result, or null while no card is open. */
export async function inCard<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R> | null> {
  const [result] = await inClosedRoots(page, CARD_TAG, fn, arg);
  return result ?? null;
}

/** The text of the card's dialog, or null while no card is open. */
export const cardText = (page: Page): Promise<string | null> => inCard(page, (root) => root.querySelector('[role=dialog]')?.textContent ?? null);

/** The text of every note, in document order. */
export const noteTexts = (page: Page): Promise<string[]> => inClosedRoots(page, NOTE_TAG, (root) => root.textContent ?? '');

/**
 * Clicks, as the reader does (a real mouse click), the first element of the card that `selector`
 * names and whose text contains `text`: scrolled into view within the card, then clicked at its middle.
 */
export async function clickInCard(page: Page, selector: string, text = ''): Promise<void> {
  const at = await inCard(
    page,
    async (root, [sel, txt]) => {
      const el = Array.from(root.querySelectorAll(sel)).find((e) => (e.textContent ?? '').includes(txt));
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      // Measured once the card has had a frame to follow any scroll.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const b = el.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [selector, text] as const,
  );
  if (!at) throw new Error(`no ${selector} with "${text}" in the card`);
  await page.mouse.click(at.x, at.y);
}

/**
 * For axe-core, which reads only open shadow roots: puts in place of each closed host named in
 * `tags` a copy of it (same tag and attributes, so the page's CSS styles it alike) whose open root
 * holds the same markup and styles, runs `run`, and puts the hosts back where they were.
 */
export async function withOpenCopies<R>(page: Page, tags: string[], run: () => Promise<R>): Promise<R> {
  if (tags.length === 0) return run();
  const cdp = await cdpOf(page);
  const swapped: { root: string; copy: string }[] = [];
  try {
    for (const tag of tags) {
      for (const root of await closedRoots(cdp, tag)) {
        const copy = await call<string>(
          cdp,
          root,
          `function () { const copy = this.host.cloneNode(false); copy.attachShadow({ mode: 'open' }).innerHTML = this.innerHTML; this.host.replaceWith(copy); return copy; }`,
          [],
          false,
        );
        swapped.push({ root, copy });
      }
    }
    return await run();
  } finally {
    for (const { root, copy } of swapped.reverse()) {
      await call(cdp, copy, 'function (root) { this.replaceWith(root.host); }', [{ objectId: root }]);
      await cdp.send('Runtime.releaseObject', { objectId: copy });
      await cdp.send('Runtime.releaseObject', { objectId: root });
    }
  }
}
