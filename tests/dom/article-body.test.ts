// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../../page/find-article-body.ts';
import { projectText } from '../../page/project-text.ts';

const doc = (html: string): Document => new JSDOM(html).window.document;
const para = (s: string): string => `${s} The union said the change would reach dock workers, drivers and clerks within a year, and asked for training.`;

describe('the article body, exactly', () => {
  it('reads the text and leaves out bylines, meta lines, inserts, pagers, captions, pull quotes and ads', () => {
    const d = doc(`<body><div class="wrap"><article>
      <h1>Robots reach the port: 41% of jobs exposed</h1>
      <div class="story-info">By Ana Lestari · 3 June 2025 · 6 min read · 128 comments</div>
      <div class="wholine">Oleh Budi Santoso | Senin, 2 Juni 2025 - 14:05 WIB</div>
      <p>${para('Automation could touch 41% of port jobs, a study found.')}</p>
      <div class="insert"><b>Baca juga:</b> <a href="#">Sopir ojol kehilangan 30% order</a></div>
      <div>Read more: 7 ways to keep your job</div>
      <p>${para('Some 2,300 workers signed the letter.')}</p>
      <blockquote class="pull">“Some 2,300 workers signed”</blockquote>
      <p>${para('Sebanyak 640 pekerja pelabuhan dilatih ulang.')}</p>
      <div class="pq">“Sebanyak 640 pekerja dilatih ulang”</div>
      <figure><div class="img"></div><figcaption>Cranes at the port, 12 June. Photo: 4 Agency</figcaption></figure>
      <div>Advertisement · Save 25% today</div>
      <div class="gallery-text">Pickets at the gate on Monday. Photo 3 of 18. (Harbour Desk)</div>
      <div class="paging"><span>1</span> <span>2</span> <span>3</span> <span>Next</span></div>
      <div>Halaman 1/2 · 16 Komentar</div>
      <p>${para('The port plans to hire 150 technicians.')}</p>
    </article><aside>Most read: 9 jobs</aside></div></body>`);
    const body = findArticleBody(d)!;
    const { text } = projectText(body);
    for (const kept of ['41% of jobs', 'Automation could touch 41%', 'Some 2,300 workers signed the letter', 'Sebanyak 640 pekerja pelabuhan', '150 technicians']) expect(text).toContain(kept);
    for (const left of ['6 min read', '128 comments', 'Oleh Budi', 'Baca juga', 'Read more', '“Some 2,300', '“Sebanyak 640', 'Photo: 4 Agency', 'Save 25%', 'Photo 3 of 18', 'Next', '16 Komentar', 'Most read']) {
      expect(text).not.toContain(left);
    }
  });

  it('keeps short lines of the text that only look like chrome', () => {
    const d = doc(`<body><article><h1>Drivers and AI</h1><p>${para('By 2030, 30% of routes may be automated.')}</p>
      <p>Related work is scarce.</p><p>By contrast, 12 firms hired.</p><p>${para('Read the full study.')}</p></article></body>`);
    const { text } = projectText(findArticleBody(d)!);
    for (const kept of ['By 2030, 30% of routes', 'Related work is scarce.', 'By contrast, 12 firms hired.']) expect(text).toContain(kept);
  });

  it('finds a body written in plain blocks, with its headline just outside it', () => {
    const blocks = Array.from({ length: 5 }, (_, i) => `<div>${para(`Point ${i}: pay rose 3%.`)}</div>`).join('');
    const d = doc(`<body><div class="layout"><div class="content"><h1>Pay for 1,200 translators rose</h1>
      <div class="txt">${blocks}</div></div><div id="right"><div class="box">Trending 1. 40 AI courses 2. 62% of firms</div></div></div></body>`);
    const { text } = projectText(findArticleBody(d)!);
    expect(text).toContain('Pay for 1,200 translators rose');
    expect(text).toContain('Point 4: pay rose 3%.');
    expect(text).not.toContain('Trending');
  });
});
