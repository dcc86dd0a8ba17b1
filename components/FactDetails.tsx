/** What a fact says: meaning, what it does not mean, counterpoints, sources. Shared by card and popup. */
import type { Fact, Source } from '../core/registry/fact-types.ts';
import type { Claimed } from './chart-plan.ts';
import { SeriesChart, type ChartLabels } from './SeriesChart.tsx';

export interface FactLabels {
  meaning: string;
  notMeaning: string;
  counterpoints: string;
  sources: string;
  chart: string;
  asOf: string;
  chartLabels: ChartLabels;
}

/** The headings of a fact's details, in the interface language. */
export function factLabels(t: (key: string, ...subs: (string | number)[]) => string, fact: Fact | null | undefined): FactLabels {
  return {
    // A forecast is something someone said, not a measurement.
    meaning: fact?.verdict === 'forecast-as-fact' ? t('cardSaid') : t('cardMeaning'),
    notMeaning: t('cardNotMeaning'),
    counterpoints: t('cardCounterpoints'),
    sources: t('cardSources'),
    chart: t('cardChart'),
    asOf: fact ? t('cardAsOf', fact.asOf, fact.reviewed) : '',
    chartLabels: { axisShare: t('chartAxisShare'), axisCount: t('chartAxisCount'), claimed: (value) => t('chartClaimed', value), otherMeasure: t('chartOtherMeasure'), locale: t('numberLocale') },
  };
}

/** Only https links are ever made clickable; anything else is shown as text. */
export function safeHttpsUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** `claimed`: the figure the reader is looking at, so the chart plots its measure and marks it. */
export function FactDetails(props: { fact: Fact; lang: string; labels: FactLabels; claimed?: Claimed | null }) {
  const { fact, lang, labels } = props;
  const L = lang === 'id' ? 'id' : 'en';
  return (
    <div class="fact-details">
      <h3>{labels.meaning}</h3>
      <p>{fact.meaning[L] || fact.meaning.en}</p>
      <h3>{labels.notMeaning}</h3>
      <p>{fact.notMeaning[L] || fact.notMeaning.en}</p>
      {fact.series ? <SeriesChart series={fact.series} title={`${labels.chart}: ${fact.series.title[L] || fact.series.title.en}`} claimed={props.claimed} labels={labels.chartLabels} /> : null}
      <h3>{labels.counterpoints}</h3>
      <ul>
        {(fact.counterpoints[L].length ? fact.counterpoints[L] : fact.counterpoints.en).map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3>{labels.sources}</h3>
      <SourceList sources={fact.sources} />
      <p class="as-of">{labels.asOf}</p>
    </div>
  );
}

/** A fact's sources: title (a link only when it is https), publisher and date. Shared by the card, the popup and the options page. */
export function SourceList(props: { sources: readonly Source[] }) {
  return (
    <ul class="sources">
      {props.sources.map((s) => {
        const href = safeHttpsUrl(s.url);
        return (
          <li key={s.url}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <span>{s.title}</span>
            )}
            <span class="source-meta">
              {' '}
              — {s.publisher}{s.date ? `, ${s.date}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
