/**
 * What the one reading path reaches (page/read-document.ts, shared by the CLI and the extension):
 * an article shown in a same-origin frame of a page that is no article itself, text in open shadow
 * roots, and a huge text node read in pieces with its claims at their place in the body's text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { articleFrame, pageAddress, pageHost } from '../../page/article-frames.ts';
import { attachDeclarativeShadowRoots } from '../../page/declarative-shadow.ts';
import { findArticleBody } from '../../page/find-article-body.ts';
import { isArticlePage } from '../../page/is-article-page.ts';
import { pageMayBeAboutAiAndWork, PagePrefilter } from '../../page/page-prefilter.ts';
import { applyHighlights } from '../../page/highlighter.ts';
import { projectText } from '../../page/project-text.ts';
import { readDocument } from '../../page/read-document.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = readFileSync(resolve(ROOT, 'assets/demo/ai-work.en.html'), 'utf8');
const index = bundledIndex();

/** A page that is no article itself, with a same-origin frame whose document is the demo article (written in, as jsdom runs no frame loads). */
function shellWithFrame(frameAttrs = '', around = ''): Document {
  const { window } = new JSDOM(`<!doctype html><html lang="en"><body><nav><a href="/">Home</a></nav>${around.replace('FRAME', `<iframe ${frameAttrs}></iframe>`)}</body></html>`, { url: 'https://news.example/viewer' });
  const frame = window.document.querySelector('iframe')!;
  const inner = frame.contentDocument!;
  inner.open();
  inner.write(DEMO);
  inner.close();
  return window.document;
}

describe('an article in a same-origin frame', () => {
  it('is read from the frame when the page has no article of its own', () => {
    const page = shellWithFrame('', '<main>FRAME</main>');
    const frameDoc = page.querySelector('iframe')!.contentDocument!;
    expect(articleFrame(page)).toBe(frameDoc);
    const reading = readDocument(page, index);
    expect([reading.isArticle, reading.aiWork.isAiWork]).toEqual([true, true]);
    expect(reading.body?.ownerDocument).toBe(frameDoc);
    expect(reading.claims.some((c) => c.fact?.id === 'top500-cpu-gpu-share')).toBe(true);
    // The frame's site is the page's: a site switched off is off in its frames too.
    expect(pageHost(frameDoc)).toBe('news.example');
    // A report on the frame's article gives the page's address, not the frame's own (about:blank, about:srcdoc).
    expect(frameDoc.location.href).toBe('about:blank');
    expect(pageAddress(frameDoc)).toBe('https://news.example/viewer');
    expect(pageAddress(page)).toBe('https://news.example/viewer');
  });

  it('is not read from a frame in an ad slot, nor when the page is an article itself', () => {
    expect(articleFrame(shellWithFrame('', '<div class="ad-slot">FRAME</div>'))).toBeNull();
    expect(articleFrame(shellWithFrame('id="google_ads_iframe_1"', '<main>FRAME</main>'))).toBeNull();
    const { window } = new JSDOM(DEMO.replace('</article>', '<iframe></iframe></article>'));
    expect(articleFrame(window.document)).toBeNull();
  });
});

describe('open shadow roots', () => {
  it('are read where their host stands, marked inside, and restored exactly', () => {
    const { window } = new JSDOM('<article><p>Before the box: 120 staff.</p><story-box></story-box><p>After it: 300 staff.</p></article>');
    const doc = window.document;
    const host = doc.querySelector('story-box')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside the box: the insurer retrains 2,000 staff.</p><textarea>40% typed</textarea>';
    const closed = doc.createElement('div');
    closed.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed: 999 staff.</p>';
    doc.querySelector('article')!.appendChild(closed);
    const projection = projectText(doc.querySelector('article')!);
    expect(projection.text.split('\n').filter(Boolean)).toEqual(['Before the box: 120 staff.', 'Inside the box: the insurer retrains 2,000 staff.', 'After it: 300 staff.']);
    const before = shadow.innerHTML;
    const start = projection.text.indexOf('2,000');
    const highlights = applyHighlights(doc, projection, [{ start, end: start + 5, id: 0, matched: false, label: '2,000' }]);
    expect(shadow.querySelector('recount-mark')?.textContent).toBe('2,000');
    highlights.remove();
    expect(shadow.innerHTML).toBe(before);
  });
});

/** The demo article's inside, as a web component keeps it: in its open shadow root, with a page of nearly nothing around it. */
const DEMO_ARTICLE = /<article>([\s\S]*?)<\/article>/.exec(DEMO)![1]!;
const SHELL = '<!doctype html><html lang="en"><head><title>News</title></head><body><nav><a href="/">Home</a></nav><news-article></news-article><footer>© News</footer></body></html>';

describe('an article whose whole text sits in an open shadow root', () => {
  const shadowPage = (): Document => {
    const { window } = new JSDOM(SHELL);
    window.document.querySelector('news-article')!.attachShadow({ mode: 'open' }).innerHTML = DEMO_ARTICLE;
    return window.document;
  };

  it('passes the gates and is read: the sample, the article check and the body all see the root', () => {
    const doc = shadowPage();
    const prefilter = new PagePrefilter(doc);
    while (!prefilter.done) prefilter.read(Infinity);
    expect(prefilter.sample).toContain('Top 500');
    expect(pageMayBeAboutAiAndWork(prefilter)).toBe(true);
    expect(isArticlePage(doc)).toBe(true);
    expect(findArticleBody(doc)).toBe(doc.querySelector('news-article'));
    const reading = readDocument(doc, index);
    expect([reading.isArticle, reading.aiWork.isAiWork]).toEqual([true, true]);
    expect(reading.claims.some((c) => c.fact?.id === 'top500-cpu-gpu-share')).toBe(true);
  });

  it('reads the same claims as the demo article in the page itself', () => {
    const { window } = new JSDOM(DEMO);
    const light = readDocument(window.document, index);
    const shadow = readDocument(shadowPage(), index);
    expect(shadow.claims.map((c) => [c.text, c.fact?.id ?? null])).toEqual(light.claims.map((c) => [c.text, c.fact?.id ?? null]));
  });

  it('is read by the CLI from declarative markup, which its parser leaves as a template', () => {
    const { window } = new JSDOM(SHELL.replace('<news-article></news-article>', `<news-article><template shadowrootmode="open">${DEMO_ARTICLE}</template></news-article>`));
    expect(readDocument(window.document, index).isArticle).toBe(false);
    expect(attachDeclarativeShadowRoots(window.document)).toBe(1);
    const reading = readDocument(window.document, index);
    expect([reading.isArticle, reading.aiWork.isAiWork]).toEqual([true, true]);
    expect(reading.claims.length).toBeGreaterThan(10);
  });

  it('is left alone when the page has an article of its own beside it', () => {
    const { window } = new JSDOM(DEMO.replace('</article>', '</article><side-box></side-box>'));
    window.document.querySelector('side-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>A box beside the article with a little text of its own, 120 staff.</p>';
    expect(findArticleBody(window.document)).toBe(window.document.querySelector('article'));
  });
});

describe('a huge text node', () => {
  it('is read by the CLI in the extension\'s pieces, every claim at its place in the body\'s text', () => {
    const filler = 'Claims staff at the insurer talked about AI and their work all week long. '.repeat(3_000); // ~220k characters
    const { window } = new JSDOM(DEMO.replace('</article>', `<p>${filler}In the end it cut 4,400 jobs.</p></article>`));
    const reading = readDocument(window.document, index);
    const last = reading.claims.find((c) => c.text.startsWith('4,400'));
    expect(last).toBeDefined();
    expect(reading.projection.text.slice(last!.start, last!.end)).toBe(last!.text);
    for (const c of reading.claims) expect(reading.projection.text.slice(c.start, c.end)).toBe(c.text);
  });
});
