// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticleBody } from '../../page/find-article-body.ts';
import { projectText } from '../../page/project-text.ts';

const doc = (html: string): Document => new JSDOM(html).window.document;
const textOf = (html: string): string => projectText(findArticleBody(doc(`<body><article><h1>Warehouse robots and the night shift</h1>${html}</article></body>`))!).text;
const p = (s: string): string => `<p>${s} The warehouse union said the change would reach pickers, drivers and clerks within a year.</p>`;

describe('summary boxes inside the article', () => {
  it('leaves out a key-points box, a key-figures table and a pinned summary whose figures the text gives in full', () => {
    const text = textOf(`
      <div class="key-points"><strong>Key points</strong><ul><li>Robots now pick 38% of orders</li><li>1,450 pickers were moved to repairs</li></ul></div>
      ${p('Robots now pick 38% of orders at the depot, the operator said.')}
      ${p('Some 1,450 pickers were moved to repair and maintenance work.')}
      <table><tr><th>Shift</th><th>Staff</th></tr><tr><td>Night</td><td>1,450</td></tr><tr><td>Share automated</td><td>38%</td></tr></table>
      <div class="pinned"><h2>Latest</h2><ul><li>Pay: +4.2%, to $21.30 an hour</li></ul></div>
      ${p('Hourly pay rose 4.2% to $21.30, the company added.')}`);
    expect(text).toContain('Robots now pick 38% of orders at the depot');
    expect(text).toContain('Hourly pay rose 4.2% to $21.30');
    for (const left of ['Key points', 'Share automated', '+4.2%']) expect(text).not.toContain(left);
  });

  it('knows a box by its title where its class says nothing, in Indonesian too', () => {
    const text = textOf(`<div><h3>Poin penting</h3><ul><li>PHK 2.300 pekerja gudang</li><li>Upah naik 6,5%</li></ul></div>
      ${p('Perusahaan memutus hubungan kerja 2.300 pekerja gudang tahun ini.')}${p('Upah minimum naik 6,5% mulai Januari.')}`);
    expect(text).not.toContain('Poin penting');
    expect(text).toContain('2.300 pekerja gudang tahun ini');
  });

  it('reads a table or box that gives figures of its own', () => {
    const text = textOf(`${p('Robots now pick 38% of orders at the depot.')}
      <table><tr><td>Night shift</td><td>38%</td></tr><tr><td>Day shift</td><td>21%</td></tr></table>
      <div class="key-figures"><ul><li>Robots bought: 120</li><li>Pickers retrained: 640</li></ul></div>`);
    expect(text).toContain('Day shift');
    expect(text).toContain('Pickers retrained: 640');
  });

  it('reads a paragraph that repeats the text (a dek or a lede), and a box with a single figure', () => {
    const text = textOf(`<p class="summary">Robots now pick 38% of orders, up from 12%</p>${p('Robots now pick 38% of orders, up from 12% a year earlier.')}
      <div class="highlights"><ul><li>38% of orders</li></ul></div>`);
    expect(text).toContain('Robots now pick 38% of orders, up from 12%\n');
    expect(text).toContain('38% of orders\n');
  });
});
