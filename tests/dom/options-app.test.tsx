// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsProps } from '../../components/OptionsApp.tsx';
import { MarkLegend } from '../../components/MarkLegend.tsx';
import { CHECK_STATUSES } from '../../core/registry/check-claim.ts';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import type { Fact } from '../../core/registry/fact-types.ts';
import type { Settings } from '../../types/settings.ts';

const t = (key: string, ...subs: (string | number)[]): string => [key, ...subs].join(' ');
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(patch: Partial<OptionsProps> = {}): { el: HTMLElement; saved: Settings[] } {
  const saved: Settings[] = [];
  root = document.createElement('div');
  document.body.appendChild(root);
  const props: OptionsProps = {
    bundledFacts: BUNDLED_FACTS, lang: 'en', settings: { highlights: true, overlays: false, disabledSites: ['example.org'] },
    onSettings: (s) => saved.push(s), verdictLabel: (v) => `verdict:${v}`, checkLabel: (s) => `check:${s}`,
    registries: [], reports: [], t, onFiles: () => {}, onToggle: () => {}, onRemove: () => {}, ...patch,
  };
  render(<OptionsApp {...props} />, root);
  return { el: root, saved };
}

describe('the options page', () => {
  it('holds the global switches and the sites where Recount is off', () => {
    const { el, saved } = mount();
    el.querySelector<HTMLInputElement>('.switches input[name=overlays]')!.click();
    expect(saved.at(-1)).toEqual({ highlights: true, overlays: true, disabledSites: ['example.org'] });
    el.querySelector<HTMLButtonElement>('.sites-off button')!.click();
    expect(saved.at(-1)!.disabledSites).toEqual([]);
  });

  it('shows the same verdict glossary as the popup', () => {
    const { el } = mount();
    const options = Array.from(el.querySelectorAll('.verdict-glossary dd')).map((d) => d.textContent);
    expect(options).toEqual(CHECK_STATUSES.map((s) => `checkHelp_${s}`));
    const popup = document.createElement('div');
    render(<MarkLegend t={t} checkLabel={(s) => `check:${s}`} />, popup);
    expect(Array.from(popup.querySelectorAll('.verdict-glossary dd')).map((d) => d.textContent)).toEqual(options);
  });

  it('lists every bundled fact with its sources, and the search narrows the list', async () => {
    const { el } = mount();
    expect(el.querySelectorAll('.fact-list > li')).toHaveLength(BUNDLED_FACTS.length);
    const klarna = el.querySelector('[data-fact="klarna-headcount-and-human-agents"]')!;
    const fact = BUNDLED_FACTS.find((f) => f.id === 'klarna-headcount-and-human-agents')!;
    expect(klarna.querySelectorAll('.sources li')).toHaveLength(fact.sources.length);
    expect(klarna.textContent).toContain(fact.sources[0]!.publisher);
    const search = el.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'klarna';
    await act(() => {
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shown = Array.from(el.querySelectorAll('.fact-list > li'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(BUNDLED_FACTS.length);
    expect(el.querySelector('.shown')!.textContent).toBe(`optionsShown ${shown.length} ${BUNDLED_FACTS.length}`);
  });

  it('writes facts in the interface language, and links only https sources', () => {
    const hostile: Fact = JSON.parse(JSON.stringify(BUNDLED_FACTS[0]));
    hostile.title.id = '<img src=x onerror="window.pwned=1">';
    hostile.sources = [{ publisher: 'X', title: 'js', url: 'javascript:alert(1)', date: '2025' }];
    const { el } = mount({ bundledFacts: [hostile], lang: 'id' });
    expect(el.querySelector('.fact-list h3')!.textContent).toBe(hostile.title.id);
    expect(el.querySelector('.fact-list img')).toBeNull();
    expect(el.querySelector('.fact-list a')).toBeNull();
    expect(el.querySelector('.fact-list .sources')!.textContent).toContain('js');
  });
});
