// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { readDocument } from '../../page/read-document.ts';
import { CHUNK_CHARS } from '../../page/reading-plan.ts';
import { applyHighlights } from '../../page/highlighter.ts';
import { insertNotes } from '../../page/counterpoint-notes.ts';
import { recordShadowRoots } from './closed-shadow-roots.ts';
import { projectText, TextReader, type Projection } from '../../page/project-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (path: string): Document => new JSDOM(readFileSync(resolve(ROOT, path), 'utf8')).window.document;

describe('text projection', () => {
  it('reads paragraphs as lines and skips fields, code, scripts and furniture', () => {
    const doc = new JSDOM(`<article><h1>Title 12%</h1><p>Jobs fell <b>40</b>% in a year.</p>
      <form><input value="99%"></form><textarea>88%</textarea><div contenteditable="true">77%</div>
      <pre><code>const x = 66%;</code></pre><script>var y = "55%";</script><aside>44%</aside><nav>33%</nav>
      <div class="comments">22%</div><p hidden>11%</p><p>End.</p></article>`).window.document;
    const { text } = projectText(doc.querySelector('article')!);
    expect(text).toContain('Title 12%\n');
    expect(text).toContain('Jobs fell 40% in a year.');
    for (const hidden of ['99%', '88%', '77%', '66%', '55%', '44%', '33%', '22%', '11%']) expect(text).not.toContain(hidden);
  });
});

describe('reading in chunks', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} says <b>${i * 10}%</b> of jobs changed.</p>`).join('');
  const readAll = (reader: TextReader, nodesPerStep: number): Projection[] => {
    const chunks: Projection[] = [];
    for (let guard = 0; !reader.done && guard < 10_000; guard++) {
      const c = reader.read(nodesPerStep);
      if (c) chunks.push(c);
    }
    return chunks;
  };

  it('cuts the same text into chunks at paragraph boundaries, each mapping back to its nodes', () => {
    const doc = new JSDOM(`<article><h1>Title</h1>${paragraphs}<aside>99%</aside></article>`).window.document;
    const article = doc.querySelector('article')!;
    const whole = projectText(article);
    const chunks = readAll(new TextReader(article, 200), 7);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(whole.text);
    for (const c of chunks.slice(0, -1)) {
      expect(c.text.endsWith('\n')).toBe(true);
      expect(c.text.length).toBeGreaterThanOrEqual(200);
    }
    for (const c of chunks) {
      for (const seg of c.segments) expect(c.text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
    }
  });

  it('reaches content appended ahead of where it stopped, and says where that is', () => {
    const doc = new JSDOM(`<article>${paragraphs}</article>`).window.document;
    const article = doc.querySelector('article')!;
    const reader = new TextReader(article, 100);
    let first: Projection | null = null;
    while (!first) first = reader.read(5);
    const added = doc.createElement('p');
    added.textContent = 'Appended 77% at the end.';
    article.appendChild(added);
    expect(reader.frontier.compareDocumentPosition(added) & 4).toBe(4); // ahead of the reader
    const rest = readAll(reader, 5);
    expect(rest.map((c) => c.text).join('')).toContain('Appended 77% at the end.');
    expect(first.text + rest.map((c) => c.text).join('')).toBe(projectText(article).text);
  });
});

describe('highlights', () => {
  it('wrap claims, even across inline elements, and undo to the exact DOM', () => {
    const doc = new JSDOM(`<body><article><p>Jobs fell <b>40</b>% while <i>one in four</i> firms hired 3,200 people.</p><p>Second 15% line.</p></article></body>`).window.document;
    const article = doc.querySelector('article')!;
    const before = article.innerHTML;
    const firstText = article.querySelector('p')!.firstChild!;
    const projection = projectText(article);
    const find = (s: string) => ({ start: projection.text.indexOf(s), end: projection.text.indexOf(s) + s.length });
    const hl = applyHighlights(doc, projection, [
      { ...find('40%'), id: 0, matched: true, label: '40%' },
      { ...find('3,200 people'), id: 1, matched: false, label: '3,200' },
      { ...find('15%'), id: 2, matched: true, label: '15%' },
    ]);
    expect(doc.querySelectorAll('recount-mark')).toHaveLength(4); // 40 and % are in different elements
    expect(hl.marks.get(0)).toHaveLength(2);
    expect(hl.marks.get(0)![0]!.getAttribute('tabindex')).toBe('0');
    expect(hl.marks.get(0)![1]!.hasAttribute('tabindex')).toBe(false);
    expect(hl.marks.get(0)![0]!.getAttribute('role')).toBe('button');
    expect(article.textContent).toBe(new JSDOM(`<p>${before}</p>`).window.document.body.textContent);
    const closedRootOf = recordShadowRoots(doc.defaultView!);
    const removeNotes = insertNotes(doc, [{ after: hl.marks.get(2)![0]!, text: '<img src=x onerror=alert(1)>', label: 'note' }]);
    expect(closedRootOf(doc.querySelector('recount-note'))?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('img')).toBeNull();
    removeNotes();
    hl.remove();
    expect(article.innerHTML).toBe(before);
    expect(article.querySelector('p')!.firstChild).toBe(firstText); // the same node, not a copy
    expect(article.querySelector('p')!.childNodes).toHaveLength(before.startsWith('<p>Jobs fell <b>') ? 5 : 0);
  });
});

describe('the demo and fixture pages', () => {
  const index = bundledIndex();
  it('finds the Indonesian demo article, its topic and its figures, and not the sidebar', () => {
    const a = readDocument(load('assets/demo/ai-work.id.html'), index);
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe('id');
    expect(a.aiWork.isAiWork).toBe(true);
    const texts = a.claims.map((c) => c.text);
    for (const t of ['sepuluh hingga dua puluh tahun', 'dari 10% menjadi 90%', '500 MW', 'enam belas jam', 'lima belas tahun', '1.500 pekerja', 'Rp 5.250.000', '4,76 persen']) {
      expect(texts.some((x) => x.includes(t)), t).toBe(true);
    }
    for (const sidebar of ['91.234,50', '2,41%', '35%', '99%']) expect(texts.some((x) => x.includes(sidebar)), sidebar).toBe(false);
    for (const trap of ['2024', '09.30', 'GPT-4', '19 November 2025']) expect(texts.some((x) => x.includes(trap)), trap).toBe(false);
    const matched = new Set(a.claims.filter((c) => c.fact).map((c) => c.fact!.id));
    for (const id of ['top500-cpu-gpu-share', 'imf-ai-exposure-40-60', 'linkedin-70-percent-skills', 'resumebuilder-44-percent-ai-layoffs', 'xai-humain-500mw', 'optimus-billion-robots', 'industrial-revolution-16-hour-days', 'musk-work-optional-10-20-years', 'huang-recommender-systems-15-years', 'tech-unemployment-january-2025']) {
      expect(matched.has(id), id).toBe(true);
    }
  });

  it('finds the English demo article the same way', () => {
    const a = readDocument(load('assets/demo/ai-work.en.html'), index);
    expect([a.isArticle, a.lang, a.aiWork.isAiWork]).toEqual([true, 'en', true]);
    const matched = new Set(a.claims.filter((c) => c.fact).map((c) => c.fact!.id));
    for (const id of ['top500-cpu-gpu-share', 'imf-ai-exposure-40-60', 'xai-humain-500mw', 'optimus-billion-robots', 'musk-work-optional-10-20-years']) expect(matched.has(id), id).toBe(true);
    const texts = a.claims.map((c) => c.text);
    for (const t of ['1,500 workers', '$35.1 billion', 'two-thirds', 'one in four']) expect(texts.some((x) => x.toLowerCase().includes(t)), t).toBe(true);
    for (const trap of ['GPT-4', 'iPhone 15', 'COVID-19', '9:30']) expect(texts.some((x) => x.includes(trap)), trap).toBe(false);
  });

  it('places every claim, its figure and the source it names in the body text, in any chunk', () => {
    const a = readDocument(load('assets/demo/ai-work.en.html'), index);
    const text = a.projection.text;
    const named = a.claims.flatMap((c) => (c.check?.attribution ? [c.check.attribution] : []));
    // Sources named beyond the first chunk: offsets there must be the body's, not the chunk's.
    expect(named.some((n) => n.start > CHUNK_CHARS)).toBe(true);
    for (const n of named) expect(text.slice(n.start, n.end), n.text).toBe(n.text);
    for (const c of a.claims) {
      expect(text.slice(c.start, c.end), c.text).toBe(c.text);
      expect(c.start <= (c.figureStart ?? c.start) && (c.figureEnd ?? c.end) <= c.end, c.text).toBe(true);
    }
  });

  it('reads a source named in the headline and lede as the source of a figure in a later chunk', () => {
    // Own sentences: the fund is named only at the top, the figure comes thousands of characters later.
    const filler = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} tells how one office changed its routines, one meeting at a time, with no figure to speak of.</p>`).join('');
    const doc = new JSDOM(`<html lang="en"><body><article><h1>What the International Monetary Fund found about AI and jobs</h1>
      <p>A new analysis by the IMF looks at how artificial intelligence reaches work in rich and poor countries alike.</p>${filler}
      <p>In advanced economies, 60% of jobs are exposed to AI, the analysis finds.</p>
      <p>The town's shops keep their own calendars.</p><p>A local bakery says 60% of its jobs are seasonal.</p></article></body></html>`).window.document;
    const a = readDocument(doc, index);
    const text = a.projection.text;
    const far = a.claims.find((c) => c.text.startsWith('60%') && c.start > CHUNK_CHARS)!;
    expect(far, 'a 60% in a later chunk').toBeDefined();
    expect(far.check).toMatchObject({ status: 'consistent', factId: 'imf-ai-exposure-40-60', figure: 1 });
    // The attribution points at the name in the headline, in the body's offsets.
    expect(far.check!.attribution!.start).toBeLessThan(200);
    expect(text.slice(far.check!.attribution!.start, far.check!.attribution!.end)).toBe(far.check!.attribution!.text);
    // The same number with another subject is not the fund's figure.
    const bakery = a.claims.filter((c) => c.text.startsWith('60%')).at(-1)!;
    expect(bakery.start).toBeGreaterThan(far.start);
    expect(bakery.fact).toBeNull();
  });

  it('turns down sports reports and shop pages', () => {
    for (const page of ['tests/fixtures/pages/sports.en.html', 'tests/fixtures/pages/sports.id.html']) {
      const a = readDocument(load(page), index);
      expect(a.isArticle, page).toBe(true);
      expect(a.aiWork.isAiWork, page).toBe(false);
      expect(a.claims.filter((c) => c.fact), page).toEqual([]);
    }
    expect(readDocument(load('tests/fixtures/pages/not-article.en.html'), index).isArticle).toBe(false);
  });
});

describe('the page text sample', () => {
  it('reads text nodes up to the limit, passing over scripts and styles', async () => {
    const { pageTextSample } = await import('../../page/page-text-sample.ts');
    const doc = new JSDOM(`<body><script>var AI = "AI AI AI";</script><style>.AI{}</style><p>Jobs and AI.</p><p>${'x'.repeat(50)}</p></body>`).window.document;
    const sample = pageTextSample(doc, 30);
    expect(sample.startsWith('Jobs and AI.')).toBe(true);
    expect(sample).not.toContain('var AI');
    expect(sample.length).toBeLessThanOrEqual(30);
  });
  it('reads the same sample a few nodes at a time', async () => {
    const { pageTextSample, PageTextSampler } = await import('../../page/page-text-sample.ts');
    const doc = new JSDOM(`<body>${Array.from({ length: 30 }, (_, i) => `<p>Line ${i} about AI and work.</p><script>x=${i}</script>`).join('')}</body>`).window.document;
    const sampler = new PageTextSampler(doc, 500);
    const pieces: string[] = [];
    while (!sampler.done) pieces.push(sampler.read(4));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.filter(Boolean).join(' ')).toBe(pageTextSample(doc, 500));
  });
});

describe('the page-wide prefilter', () => {
  // Sports filler, naming neither AI nor any of its stems; the AI-and-work paragraph comes after it.
  const filler = Array.from({ length: 500 }, (_, i) => `<p>The visitors scored again in minute ${i % 90} and the home side kept the ball for long spells.</p>`).join('');
  const late = '<p>AI is changing work. Firms using artificial intelligence cut jobs, and automation worries workers and their employers.</p>';
  const page = (title: string): Document => new JSDOM(`<head><title>${title}</title></head><body>${filler}${late}</body>`).window.document;

  /** Reads the whole prefilter in steps of `nodes` text nodes; returns it and the steps taken. */
  async function readAll(doc: Document, nodes: number) {
    const { PagePrefilter } = await import('../../page/page-prefilter.ts');
    const prefilter = new PagePrefilter(doc);
    let steps = 0;
    while (!prefilter.done) {
      prefilter.read(nodes);
      steps++;
    }
    return { prefilter, steps };
  }

  it('stops after its first look where neither the page nor its title names AI, in steps or in one go alike', async () => {
    const { PREFILTER_FIRST_LOOK } = await import('../../page/page-prefilter.ts');
    const doc = page('Match report');
    expect(doc.body.textContent!.length).toBeGreaterThan(2 * PREFILTER_FIRST_LOOK);
    const inSteps = await readAll(doc, 50);
    const inOneGo = await readAll(doc, Infinity);
    expect(inSteps.prefilter.maybe).toBe(false);
    expect(inSteps.prefilter.sample.length).toBeGreaterThanOrEqual(PREFILTER_FIRST_LOOK);
    expect(inSteps.prefilter.sample.length).toBeLessThan(PREFILTER_FIRST_LOOK + 200);
    expect(inSteps.prefilter.sample).not.toContain('artificial');
    // The CLI reads in one go, the extension in steps: both stop at the same node.
    expect(inOneGo.prefilter.sample.replace(/\s+/g, ' ')).toBe(inSteps.prefilter.sample.replace(/\s+/g, ' '));
    expect(inOneGo.steps).toBe(1);
  });

  it('reads on to the whole sample where the title names AI, and lets the page through', async () => {
    const { pageMayBeAboutAiAndWork } = await import('../../page/page-prefilter.ts');
    const { prefilter } = await readAll(page('AI in the stands'), 50);
    expect(prefilter.sample).toContain('artificial intelligence');
    expect(prefilter.maybe).toBe(true);
    expect(pageMayBeAboutAiAndWork(prefilter)).toBe(true);
  });

  it('reads on where the first look itself names AI', async () => {
    const doc = page('Match report');
    doc.body.insertAdjacentHTML('afterbegin', '<p>A robot referee was tried once.</p>');
    const { prefilter } = await readAll(doc, 50);
    expect(prefilter.sample).toContain('artificial intelligence');
    expect(prefilter.maybe).toBe(true);
  });
});
