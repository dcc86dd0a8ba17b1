// @vitest-environment jsdom
import { render } from 'preact';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimCard, type CardLabels } from '../../components/ClaimCard.tsx';
import { PopupApp } from '../../components/PopupApp.tsx';
import { CHECK_STATUSES, type ClaimCheck } from '../../core/registry/check-claim.ts';
import type { Fact } from '../../core/registry/fact-types.ts';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';

const CHART_LABELS = { axisShare: 'Share (%)', axisCount: 'Number', claimed: (v: string) => `In the article: ${v}`, otherMeasure: 'Another measure', locale: 'en' };
const labels: CardLabels = {
  title: 'What this number means', claimLabel: 'As written', verdict: 'Verdict', close: 'Close', noFact: 'No fact', readAs: 'Read as',
  verdictName: 'Inaccurate', pageReview: 'Page fact-checks', checkName: 'Differs from the source', named: '', more: 'More', meaning: 'Meaning', notMeaning: 'Not meaning', counterpoints: 'Counterpoints', sources: 'Sources', chart: 'Chart', asOf: 'As of',
  chartLabels: CHART_LABELS,
};
const top500 = BUNDLED_FACTS.find((f) => f.id === 'top500-cpu-gpu-share')!;
const hostile: Fact = JSON.parse(JSON.stringify(top500));
hostile.title.en = '<img src=x onerror="window.pwned=1">';
hostile.meaning.en = '<script>window.pwned=1</script><b>bold</b>';
hostile.counterpoints.en = ['<a href="javascript:alert(1)">click</a>'];
hostile.sources = [{ publisher: 'X', title: 'javascript link', url: 'javascript:alert(1)', date: '2025' }, { publisher: 'Y', title: 'http link', url: 'http://example.org', date: '2025' }];

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (vnode: preact.VNode): HTMLElement => {
  root = document.createElement('div');
  document.body.appendChild(root);
  render(vnode, root);
  return root;
};

describe('ClaimCard', () => {
  it('shows the claim, the verdict, what it means, counterpoints, sources and the chart', () => {
    const el = mount(<ClaimCard claimText="dari 10% menjadi 90%" fact={top500} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(el.querySelector('[role=dialog]')).not.toBeNull();
    expect(el.textContent).toContain('dari 10% menjadi 90%');
    expect(el.querySelector('.verdict')!.textContent).toBe('Inaccurate');
    expect(el.textContent).toContain(top500.meaning.en);
    expect(el.textContent).toContain(top500.counterpoints.en[0]);
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.length).toBe(top500.sources.length);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    expect(el.querySelector('svg')).not.toBeNull();
    expect(el.querySelectorAll('table tr')).toHaveLength(top500.series!.points.length);
  });

  it('speaks Indonesian when the article does', () => {
    const el = mount(<ClaimCard claimText="90%" fact={top500} lang="id" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(el.textContent).toContain(top500.meaning.id);
    expect(el.textContent).not.toContain(top500.meaning.en);
  });

  it('renders untrusted text as text and links only https sources', () => {
    const el = mount(<ClaimCard claimText={'<img src=y onerror=alert(2)>'} fact={hostile} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelectorAll('a')).toHaveLength(0);
    expect(el.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('leads with the verdict on the claim and the source figure, and keeps the fact as context below', () => {
    const check: ClaimCheck = { status: 'differs', factId: top500.id, figure: 0, distortion: 2, attribution: null };
    const el = mount(<ClaimCard claimText="dari 10% menjadi 90%" fact={top500} check={check} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    const lead = el.querySelector('.check')!;
    expect(lead.getAttribute('data-check')).toBe('differs');
    expect(lead.textContent).toContain('Differs from the source');
    expect(lead.textContent).toContain(top500.distortions[2]!.correction.en);
    // The check comes before the fact's usual verdict.
    expect(lead.compareDocumentPosition(el.querySelector('.verdict-line')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a consistent figure calmly, with its own label and whom the text names', () => {
    const imf = BUNDLED_FACTS.find((f) => f.id === 'imf-ai-exposure-40-60')!;
    const check: ClaimCheck = { status: 'consistent', factId: imf.id, figure: 0, distortion: null, attribution: { name: 'IMF', text: 'IMF', start: 4, end: 7 } };
    const el = mount(
      <ClaimCard claimText="almost 40%" fact={imf} check={check} lang="id" labels={{ ...labels, checkName: 'Sesuai sumber', named: 'Disebut dalam teks: IMF' }} position={{ top: 0, left: 0 }} onClose={() => {}} />,
    );
    const badge = el.querySelector('.check-status') as HTMLElement;
    expect(badge.getAttribute('data-check')).toBe('consistent');
    expect(badge.style.background).not.toBe('');
    expect(el.querySelector('.check-note')!.textContent).toBe(imf.figures[0]!.label.id);
    expect(el.querySelector('.check-named')!.textContent).toBe('Disebut dalam teks: IMF');
  });

  it('shows the article\'s own arithmetic in one line, beside a registry verdict or without one, in either language', () => {
    const check = { kind: 'arithmetic' as const, status: 'inconsistent' as const, related: [{ start: 0, end: 19 }], expected: { value: 40, unit: '%' }, note: '3,000 is 40% below 5,000, not 60%' };
    const en = mount(<ClaimCard claimText="60%" fact={null} checks={[check]} lang="en" labels={{ ...labels, arithmetic: 'Does not add up' }} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    const line = en.querySelector('.arithmetic')!;
    expect(line.textContent).toBe('Does not add up: 3,000 is 40% below 5,000, not 60%');
    expect(en.textContent).toContain('No fact');
    render(null, root);
    root.remove();
    const idCheck = { ...check, note: '3.000 adalah 40% di bawah 5.000, bukan 60%' };
    const id = mount(<ClaimCard claimText="60%" fact={top500} checks={[idCheck]} lang="id" labels={{ ...labels, arithmetic: 'Hitungannya tidak cocok' }} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(id.querySelector('.arithmetic')!.textContent).toBe('Hitungannya tidak cocok: 3.000 adalah 40% di bawah 5.000, bukan 60%');
    expect(id.querySelector('.verdict')!.textContent).toBe('Inaccurate');
  });

  it('renders an arithmetic note as text', () => {
    const check = { kind: 'arithmetic' as const, status: 'inconsistent' as const, related: [], expected: { value: 1, unit: null }, note: '<img src=x onerror="window.pwned=1"> is 2 times 1, not 5' };
    const el = mount(<ClaimCard claimText="5" fact={null} checks={[check]} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.arithmetic')!.textContent).toContain('<img src=x');
  });

  it('shows no arithmetic line when there is no finding', () => {
    const el = mount(<ClaimCard claimText="90%" fact={null} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    expect(el.querySelector('.arithmetic')).toBeNull();
  });

  it('closes on Escape', () => {
    let closed = 0;
    const el = mount(<ClaimCard claimText="90%" fact={null} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => closed++} />);
    el.querySelector('[role=dialog]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(closed).toBe(1);
    expect(el.textContent).toContain('No fact');
  });
});

describe('PopupApp', () => {
  const t = (key: string, ...subs: (string | number)[]) => [key, ...subs].join(' ');
  const page = {
    url: 'https://news.example/a', lang: 'en', isArticle: true, isAiWork: true, aiWorkScore: 1, siteDisabled: false, highlighted: true,
    perf: { workMs: 1, maxTaskMs: 1, steps: 1, done: true }, phase: 'all-read' as const, settled: { count: 1, idle: true }, settingsRevision: 0,
    claimReviews: [{ claim: 'AI took 40% of jobs', rating: 'False', author: 'Cek Fakta', url: null }],
    claims: [
      {
        index: 0, text: 'from 10% to 90%', kind: 'change' as const, factId: 'top500-cpu-gpu-share', highlighted: true,
        check: { status: 'differs' as const, factId: 'top500-cpu-gpu-share', figure: 0, distortion: 2, attribution: null },
      },
      { index: 1, text: '3,200 jobs', kind: 'count' as const, factId: null, check: null, highlighted: true },
    ],
  };
  it('lists claims with verdict and expandable context, and reports toggles', () => {
    const changes: unknown[] = [];
    const shown: number[] = [];
    const el = mount(
      <PopupApp page={page} settings={{ highlights: true, overlays: false, disabledSites: [] }} host="news.example" factById={(id) => BUNDLED_FACTS.find((f) => f.id === id)}
        t={t} verdictLabel={(v) => v} checkLabel={(s) => `check ${s}`} onSettings={(s) => changes.push(s)} onShow={(i) => shown.push(i)} />,
    );
    const items = el.querySelectorAll('.claims > li');
    expect(items).toHaveLength(2);
    expect(el.querySelector('.page-reviews')!.textContent).toContain('False (Cek Fakta)');
    // The claim's own verdict leads; the fact's usual verdict and summary follow as context.
    expect(items[0]!.querySelector('.check-status')!.textContent).toBe('check differs');
    expect(items[0]!.querySelector('details summary')!.textContent).toBe(top500.distortions[2]!.correction.en);
    expect(items[0]!.querySelector('details')!.textContent).toContain(top500.summary.en);
    expect(items[0]!.querySelector('details')!.textContent).toContain(top500.meaning.en);
    expect(items[1]!.querySelector('details')).toBeNull();
    expect(el.querySelector('.arithmetic')).toBeNull();
    (items[1]!.querySelector('button.show') as HTMLButtonElement).click();
    expect(shown).toEqual([1]);
    const overlays = el.querySelector('input[name=overlays]') as HTMLInputElement;
    overlays.click();
    expect(changes).toEqual([{ highlights: true, overlays: true, disabledSites: [] }]);
    (el.querySelector('input[name=site-off]') as HTMLInputElement).click();
    expect(changes[1]).toEqual({ highlights: true, overlays: false, disabledSites: ['news.example'] });
  });

  it('tells the reader when a change could not be saved', () => {
    const props = { page, settings: { highlights: true, overlays: false, disabledSites: [] }, host: 'news.example', factById: () => undefined, t, verdictLabel: (v: string) => v, checkLabel: (s: string) => s, onSettings: () => {}, onShow: () => {} };
    expect(mount(<PopupApp {...props} />).querySelector('[role=alert]')).toBeNull();
    expect(mount(<PopupApp {...props} error="not saved" />).querySelector('[role=alert]')?.textContent).toBe('not saved');
  });
});

describe('PopupApp arithmetic', () => {
  it('lists a finding of the article\'s own arithmetic under its figure', () => {
    const t = (key: string) => (key === 'arithmeticInconsistent' ? 'Hitungannya tidak cocok' : key);
    const note = '1.065 + 8.504 + 956 + 40 + 104 = 10.669, bukan 10.665';
    const page = {
      url: 'https://berita.example/a', lang: 'id', isArticle: true, isAiWork: true, aiWorkScore: 1, siteDisabled: false, highlighted: true,
      perf: { workMs: 1, maxTaskMs: 1, steps: 1, done: true }, phase: 'all-read' as const, settled: { count: 1, idle: true }, settingsRevision: 0, claimReviews: [],
      claims: [
        { index: 0, text: '10.665 karyawan', kind: 'count' as const, factId: null, check: null, highlighted: true, checks: [{ kind: 'arithmetic' as const, status: 'inconsistent' as const, related: [], expected: { value: 10669, unit: 'employee' }, note }] },
        { index: 1, text: '1.065 orang', kind: 'count' as const, factId: null, check: null, highlighted: true },
      ],
    };
    const el = mount(
      <PopupApp page={page} settings={{ highlights: true, overlays: false, disabledSites: [] }} host="berita.example" factById={() => undefined}
        t={t} verdictLabel={(v) => v} checkLabel={(s) => s} onSettings={() => {}} onShow={() => {}} />,
    );
    const items = el.querySelectorAll('.claims > li');
    expect(items[0]!.querySelector('.arithmetic')!.textContent).toBe(`Hitungannya tidak cocok: ${note}`);
    expect(items[1]!.querySelector('.arithmetic')).toBeNull();
  });
});

describe('interface strings', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const locales = ['en', 'id'].map((l) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${l}/messages.json`), 'utf8')) as Record<string, unknown>);
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((f) => (statSync(join(ROOT, dir, f)).isDirectory() ? sources(join(dir, f)) : /\.tsx?$/.test(f) ? [readFileSync(join(ROOT, dir, f), 'utf8')] : []));
  it('exist in English and Indonesian for every key the code uses', () => {
    const code = [...sources('extension'), ...sources('entrypoints'), ...sources('components')].join('\n');
    const keys = new Set([...code.matchAll(/\bt\('([A-Za-z_]+)'/g)].map((m) => m[1]!));
    for (const v of ['accurate', 'needs_context', 'misattributed', 'forecast_as_fact', 'inaccurate', 'unverifiable']) keys.add(`verdict_${v}`);
    for (const s of CHECK_STATUSES) keys.add(`check_${s}`);
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) for (const locale of locales) expect(locale[key], key).toBeDefined();
    expect(Object.keys(locales[0]!).sort()).toEqual(Object.keys(locales[1]!).sort());
  });
});

describe('SeriesChart', () => {
  it('draws negative values below the zero line, never with a negative height', async () => {
    const { SeriesChart } = await import('../../components/SeriesChart.tsx');
    const el = mount(<SeriesChart labels={CHART_LABELS} title="Net jobs" series={{ title: { en: 'Net jobs', id: 'Neto' }, unit: 'million', points: [{ label: 'A', value: 12 }, { label: 'B', value: -14 }, { label: 'C', value: 78 }] }} />);
    const rects = Array.from(el.querySelectorAll('rect'));
    expect(rects).toHaveLength(3);
    for (const r of rects) expect(Number(r.getAttribute('height'))).toBeGreaterThan(0);
    const [a, b] = rects;
    expect(Number(b!.getAttribute('y'))).toBeGreaterThanOrEqual(Number(a!.getAttribute('y')) + Number(a!.getAttribute('height')) - 0.01);
    expect(el.querySelector('table')!.textContent).toContain('-14 million');
  });
});

describe('the chart in the card', () => {
  const percent = (value: number) => ({ value, unit: '%', kind: 'percent' as const, valueKind: 'percent' as const });
  const checkOf = (fact: Fact, figure: number, status: ClaimCheck['status'] = 'consistent'): ClaimCheck => ({ status, factId: fact.id, figure, distortion: null, attribution: null });

  it('plots shares when a share is claimed, marks the claimed value and names the axis', () => {
    // TOP500's figure 0 is the 29% of systems with accelerators, one of the series' points as a share of 500.
    expect(top500.figures[0]!.value).toBe(29);
    const el = mount(<ClaimCard claimText="29%" figure={percent(29)} check={checkOf(top500, 0)} moreOpen fact={top500} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    const chart = el.querySelector('.chart')!;
    expect(chart.getAttribute('data-measure')).toBe('share');
    expect(chart.querySelector('.chart-axis')!.textContent).toBe('Share (%)');
    expect(chart.querySelector('.claimed-mark line')).not.toBeNull();
    expect(chart.querySelector('.chart-claimed')!.textContent).toContain('In the article: 29%');
    // 138 of the 500 systems is 27.6%, not "138".
    expect(chart.querySelector('table')!.textContent).toContain('27.6%');
  });

  it('marks nothing when the claim was checked against a figure the series does not plot (CPU-only against accelerated)', () => {
    expect(top500.figures[1]!.value).toBe(71);
    const el = mount(<ClaimCard claimText="90%" figure={percent(90)} check={checkOf(top500, 1, 'differs')} moreOpen fact={top500} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    const chart = el.querySelector('.chart')!;
    expect(chart.querySelector('.claimed-mark')).toBeNull();
    expect(chart.querySelector('.chart-other')!.textContent).toBe('Another measure');
  });

  it('says so when the series measures something else than the claim, and marks nothing', () => {
    const wef = BUNDLED_FACTS.find((f) => f.id === 'wef-future-of-jobs-2025-created-displaced')!;
    const share = wef.figures.findIndex((f) => f.kind === 'percent');
    const el = mount(<ClaimCard claimText="22%" figure={percent(wef.figures[share]!.value)} check={checkOf(wef, share)} moreOpen fact={wef} lang="en" labels={labels} position={{ top: 0, left: 0 }} onClose={() => {}} />);
    const chart = el.querySelector('.chart')!;
    expect(chart.querySelector('.chart-other')!.textContent).toBe('Another measure');
    expect(chart.querySelector('.chart-axis')!.textContent).toBe('Number');
    expect(chart.querySelector('.claimed-mark')).toBeNull();
  });
});
