/**
 * The 130 real pages of Mozilla Readability's test set, in Node: the article gate against each
 * page's readerable label, no registry match anywhere, and highlights that undo exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';
import { readDocument } from '../../page/read-document.ts';
import { applyHighlights } from '../../page/highlighter.ts';
import { CORPUS, corpusPages } from './shared-paths.ts';

describe('the Readability corpus in Node', () => {
  const pages = corpusPages();
  const results: { name: string; agrees: boolean; aiWork: boolean; matches: string[]; restored: boolean; claims: number }[] = [];

  it('has its 130 pages', () => expect(pages.length).toBe(130));

  it('reads every page without error', () => {
    for (const name of pages) {
      const meta = JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as { readerable: boolean };
      const dom = new JSDOM(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
      const doc = dom.window.document;
      const a = readDocument(doc, bundledIndex());
      // Highlight every figure (whatever the gates say) and undo: the page must come back byte for byte.
      const before = doc.documentElement.outerHTML;
      const hl = applyHighlights(doc, a.projection, a.claims.map((c, i) => ({ start: c.start, end: c.end, id: i, matched: false, label: c.text })));
      const marked = doc.querySelectorAll('recount-mark').length;
      hl.remove();
      results.push({
        name,
        agrees: a.isArticle === meta.readerable,
        aiWork: a.aiWork.isAiWork,
        matches: a.claims.filter((c) => c.fact).map((c) => `${c.text} → ${c.fact!.id}`),
        restored: doc.documentElement.outerHTML === before && (a.claims.length === 0 || marked > 0),
        claims: a.claims.length,
      });
      dom.window.close();
    }
    expect(results).toHaveLength(pages.length);
  });

  it('agrees with the readerable label on at least 95% of the pages', () => {
    const agree = results.filter((r) => r.agrees).length;
    console.log(`article gate agrees with "readerable" on ${agree}/${results.length} pages (${((100 * agree) / results.length).toFixed(1)}%)`);
    expect(agree / results.length).toBeGreaterThanOrEqual(0.95);
  });

  it('matches no registry fact on any page', () => {
    const matched = results.filter((r) => r.matches.length > 0).map((r) => `${r.name}: ${r.matches.join('; ')}`);
    console.log(`claims found: ${results.reduce((s, r) => s + r.claims, 0)}; pages about AI and work: ${results.filter((r) => r.aiWork).map((r) => r.name).join(', ') || 'none'}`);
    expect(matched).toEqual([]);
  });

  it('restores every page exactly after highlighting all its figures', () => {
    expect(results.filter((r) => !r.restored).map((r) => r.name)).toEqual([]);
  });
});
