/** The options page's global switches: highlights, notes after sentences, and the sites where Recount is off. */
import type { Settings } from '../types/settings.ts';
import type { Translate } from '../types/claim-card.ts';

/** The two switches the popup and the options page share: highlights, and Recount's check after each sentence. */
export function ReadingSwitches(props: { settings: Settings; t: Translate; set: (patch: Partial<Settings>) => void }) {
  const { settings, t, set } = props;
  return (
    <>
      <label>
        <input type="checkbox" name="highlights" checked={settings.highlights} onChange={(e) => set({ highlights: e.currentTarget.checked })} />
        {t('popupHighlights')}
      </label>
      <label>
        <input type="checkbox" name="overlays" checked={settings.overlays} onChange={(e) => set({ overlays: e.currentTarget.checked })} />
        {t('popupOverlays')}
      </label>
    </>
  );
}

export function SettingsSwitches(props: { settings: Settings; t: Translate; onSettings: (settings: Settings) => void }) {
  const { settings, t } = props;
  const set = (patch: Partial<Settings>): void => props.onSettings({ ...settings, ...patch });
  return (
    <section aria-labelledby="switches-title" class="switches">
      <h2 id="switches-title">{t('optionsSwitchesTitle')}</h2>
      <p>{t('optionsSwitchesHelp')}</p>
      <ReadingSwitches settings={settings} t={t} set={set} />
      {settings.disabledSites.length ? (
        <>
          <p>{t('optionsSitesOff')}</p>
          <ul class="sites-off">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button type="button" aria-label={`${t('optionsSiteOn')}: ${site}`} onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}>
                  {t('optionsSiteOn')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
