/**
 * The options page's view of the bundled facts: a search box and, for each fact found, its title,
 * source, how the news often uses it, its one-line summary and its sources (https links only).
 */
import { useState } from 'preact/hooks';
import type { Fact } from '../core/registry/fact-types.ts';
import type { Translate } from '../types/claim-card.ts';
import { searchFacts } from './fact-search.ts';
import { SourceList } from './FactDetails.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

export function FactBrowser(props: { facts: readonly Fact[]; lang: 'en' | 'id'; t: Translate; verdictLabel: (verdict: string) => string }) {
  const { facts, lang: L, t } = props;
  const [query, setQuery] = useState('');
  const found = searchFacts(facts, query);
  return (
    <section aria-labelledby="facts-title" class="facts">
      <h2 id="facts-title">{t('optionsFactsTitle')}</h2>
      <label class="search" for="fact-search">
        {t('optionsSearch')}
      </label>
      <input id="fact-search" type="search" name="fact-search" value={query} aria-describedby="fact-search-help" onInput={(e) => setQuery(e.currentTarget.value)} />
      <p id="fact-search-help" class="meta">
        {t('optionsSearchHelp')}
      </p>
      <p class="shown" role="status">
        {t('optionsShown', found.length, facts.length)}
      </p>
      <ul class="fact-list">
        {found.map((f) => (
          <li key={f.id} data-fact={f.id}>
            <h3>{f.title[L] || f.title.en}</h3>
            <p class="fact-meta">
              <span class="meta">{f.source.name} · {t('cardAsOf', f.asOf, f.reviewed)}</span>
            </p>
            <p>
              {t('cardVerdict')}: <VerdictBadge verdict={f.verdict} label={props.verdictLabel(f.verdict)} />
            </p>
            <p>{f.summary[L] || f.summary.en}</p>
            <h4>{t('optionsFactSources')}</h4>
            <SourceList sources={f.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
