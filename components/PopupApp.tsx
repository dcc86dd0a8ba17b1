/**
 * The toolbar popup: the page's status, its figures with the verdict on each and context, and the
 * reader's toggles. State comes in as props; the popup entrypoint owns the messaging and storage.
 */
import { MarkLegend } from './MarkLegend.tsx';
import { ReadingSwitches } from './SettingsSwitches.tsx';
import { checkNote } from '../core/registry/check-note.ts';
import type { Fact } from '../core/registry/fact-types.ts';
import { claimedFor } from './chart-plan.ts';
import { CheckBadge } from './ClaimCheckLine.tsx';
import type { PageState } from '../types/page-state.ts';
import type { Settings } from '../types/settings.ts';
import { ArithmeticChecks } from './ArithmeticChecks.tsx';
import { FactDetails, factLabels } from './FactDetails.tsx';
import { PageReviews } from './PageReviews.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

export interface PopupProps {
  page: PageState | null;
  settings: Settings;
  factById: (id: string) => Fact | undefined;
  t: (key: string, ...subs: (string | number)[]) => string;
  verdictLabel: (verdict: string) => string;
  checkLabel: (status: string) => string;
  onSettings: (settings: Settings) => void;
  onShow: (index: number) => void;
  host: string;
  /** Where no page answered: whether that is because the reader has not allowed Recount on websites. */
  siteAccess?: SiteAccess;
  onRequestAccess?: () => void;
  /** Shown when the reader's last change could not be saved. */
  error?: string | null;
}

/** 'missing': the browser withholds the content script's sites; 'granted-now': the reader just allowed them. */
export type SiteAccess = 'granted' | 'missing' | 'granted-now';


export function PopupApp(props: PopupProps) {
  const { page, settings, t } = props;
  const lang = page?.lang === 'id' ? 'id' : 'en';
  const siteOff = settings.disabledSites.includes(props.host);
  const matched = page ? page.claims.filter((c) => c.factId).length : 0;
  const set = (patch: Partial<Settings>): void => props.onSettings({ ...settings, ...patch });
  const toggleSite = (off: boolean): void =>
    set({ disabledSites: off ? [...settings.disabledSites.filter((s) => s !== props.host), props.host] : settings.disabledSites.filter((s) => s !== props.host) });
  return (
    <main class="popup">
      <h1>Recount</h1>
      {page === null ? (
        <NoPage t={t} access={props.siteAccess ?? 'granted'} onRequestAccess={props.onRequestAccess} />
      ) : (
        <ul class="status" aria-label="status">
          <li data-status="article">{page.isArticle ? t('popupStatusArticle') : t('popupStatusNotArticle')}</li>
          <li data-status="ai-work">{page.isAiWork ? t('popupStatusAiWork') : t('popupStatusNotAiWork')}</li>
          <li data-status="claims">{t('popupClaims', page.claims.length, matched)}</li>
          {siteOff ? <li>{t('popupOffHere')}</li> : null}
        </ul>
      )}
      <fieldset class="toggles">
        <ReadingSwitches settings={settings} t={t} set={set} />
        <label>
          <input type="checkbox" name="site-off" checked={siteOff} disabled={!props.host} onChange={(e) => toggleSite(e.currentTarget.checked)} />
          {t('popupSiteOff')}
        </label>
      </fieldset>
      {page ? <WhyNothing page={page} settings={settings} siteOff={siteOff} t={t} /> : null}
      <MarkLegend t={t} checkLabel={props.checkLabel} />
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
      {page ? <PageReviews reviews={page.claimReviews ?? []} title={t('pageClaimReview')} /> : null}
      {page ? (
        <section aria-labelledby="claims-title">
          <h2 id="claims-title">{t('popupListTitle')}</h2>
          {page.claims.length === 0 ? <p>{t('popupEmpty')}</p> : null}
          <ol class="claims">
            {byFact(page.claims).map((c, i, list) => {
              const fact = c.factId ? props.factById(c.factId) : undefined;
              // A fact's context is shown once, with its first figure.
              const firstOfFact = i === 0 || list[i - 1]!.factId !== c.factId;
              const labels = factLabels(t, fact);
              return (
                <li key={c.index} class={fact ? 'claim matched' : 'claim'} data-fact={c.factId ?? ''}>
                  <div class="claim-head">
                    <span class="figure">{c.text}</span>
                    {fact && c.check ? (
                      <CheckBadge status={c.check.status} label={props.checkLabel(c.check.status)} />
                    ) : fact ? (
                      <VerdictBadge verdict={fact.verdict} label={props.verdictLabel(fact.verdict)} />
                    ) : (
                      <span class="unmatched">{t('popupUnmatched')}</span>
                    )}
                    <button type="button" class="show" onClick={() => props.onShow(c.index)} aria-label={`${t('popupShow')}: ${c.text}`}>
                      {t('popupShow')}
                    </button>
                  </div>
                  <ArithmeticChecks checks={c.checks ?? []} label={t('arithmeticInconsistent')} />
                  {fact && firstOfFact ? (
                    <details>
                      <summary>{c.check ? checkNote(fact, c.check, lang) : fact.summary[lang] || fact.summary.en}</summary>
                      {c.check ? (
                        <>
                          <p class="usually">
                            {t('cardVerdict')}: <VerdictBadge verdict={fact.verdict} label={props.verdictLabel(fact.verdict)} />
                          </p>
                          <p class="fact-summary">{fact.summary[lang] || fact.summary.en}</p>
                        </>
                      ) : null}
                      <FactDetails fact={fact} lang={lang} labels={labels} claimed={claimedFor(c.kind, null, fact, c.check)} />
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <p class="privacy">{t('popupPrivacy')}</p>
    </main>
  );
}

/** Checked figures first, each fact's figures together in the order the fact first appears; then the others in page order. */
export function byFact<T extends { factId: string | null; index: number }>(claims: readonly T[]): T[] {
  const first = new Map<string, number>();
  for (const c of claims) if (c.factId && !first.has(c.factId)) first.set(c.factId, c.index);
  const rank = (c: T): number => (c.factId ? first.get(c.factId)! : Number.MAX_SAFE_INTEGER);
  return [...claims].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** Where nothing is highlighted, the reason in one sentence. */
function WhyNothing(props: { page: PageState; settings: Settings; siteOff: boolean; t: PopupProps['t'] }) {
  const { page, settings, t } = props;
  if (page.highlighted) return null;
  const why = props.siteOff
    ? t('popupWhyOff')
    : !settings.highlights
      ? t('popupWhyHighlightsOff')
      : !page.isArticle
        ? t('popupWhyNotArticle')
        : !page.isAiWork
          ? t('popupWhyNotAiWork')
          : null;
  return why ? <p class="why">{why}</p> : null;
}

function NoPage(props: { t: PopupProps['t']; access: SiteAccess; onRequestAccess?: () => void }) {
  const { t, access } = props;
  if (access === 'granted-now') return <p class="status" role="status">{t('popupAccessGranted')}</p>;
  if (access === 'granted' || !props.onRequestAccess) return <p class="status">{t('popupNoPage')}</p>;
  return (
    <div class="status no-access">
      <p>{t('popupNoAccess')}</p>
      <button type="button" name="grant-access" onClick={props.onRequestAccess}>
        {t('popupGrantAccess')}
      </button>
    </div>
  );
}
