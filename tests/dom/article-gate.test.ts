// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { declaresArticle, isArticlePage } from '../../page/is-article-page.ts';

const doc = (html: string): Document => new JSDOM(html).window.document;
const sentence = 'The port operator said the new cranes would change how many dock workers each shift needs, and the union asked for a written promise about jobs. ';
const paragraph = (n: number): string => sentence.repeat(n);

describe('the article gate', () => {
  it('takes an article whose text sits in plain blocks instead of paragraphs', () => {
    const blocks = Array.from({ length: 6 }, () => `<div class="para">${paragraph(2)}</div>`).join('');
    expect(isArticlePage(doc(`<body><div class="post-title">Cranes and jobs</div><div class="post-body">${blocks}</div></body>`))).toBe(true);
  });

  it('takes a short article that declares itself one, in JSON-LD, microdata, Open Graph or AMP', () => {
    const body = `<h1>Cranes and jobs</h1><div>${paragraph(2)}</div><div>${paragraph(1)}</div>`;
    const pages = [
      `<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"x"}]}</script></head><body>${body}</body>`,
      `<body><div itemscope itemtype="https://schema.org/ReportageNewsArticle">${body}</div></body>`,
      `<head><meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-02"></head><body>${body}</body>`,
      `<html amp><body><article>${body}</article></body></html>`,
    ];
    for (const html of pages) {
      expect(declaresArticle(doc(html))).toBe(true);
      expect(isArticlePage(doc(html))).toBe(true);
    }
    expect(isArticlePage(doc(`<body>${body}</body>`))).toBe(false);
  });

  it('refuses listings and shops, even full of headlines about AI and jobs or declaring the wrong type', () => {
    const teasers = Array.from({ length: 30 }, (_, i) => `<div class="item"><a href="/a${i}">${sentence}</a></div>`).join('');
    expect(isArticlePage(doc(`<body><h1>Latest: AI and jobs</h1>${teasers}</body>`))).toBe(false);
    const shop = `<head><script type="application/ld+json">{"@type":"Product","name":"AI course"}</script><meta property="og:type" content="product"></head>
      <body><h1>AI careers course</h1><div>${paragraph(1)}</div><ul>${'<li>Module: prompts for work</li>'.repeat(10)}</ul></body>`;
    expect(declaresArticle(doc(shop))).toBe(false);
    expect(isArticlePage(doc(shop))).toBe(false);
    expect(declaresArticle(doc('<head><script type="application/ld+json">{not json</script></head><body></body>'))).toBe(false);
  });
});
