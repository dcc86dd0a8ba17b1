/**
 * The options page: the global switches, what the verdicts mean, the bundled facts to browse and
 * search with their sources, and readers' own registries — import, switch off, remove. A failed
 * import shows every problem (file, fact, field) and changes nothing.
 */
import type { Fact } from '../core/registry/fact-types.ts';
import type { Problem } from '../core/registry/validate-registry.ts';
import type { ImportedRegistry } from '../types/imported-registry.ts';
import type { Settings } from '../types/settings.ts';
import { FactBrowser } from './FactBrowser.tsx';
import { SettingsSwitches } from './SettingsSwitches.tsx';
import { VerdictGlossary } from './VerdictGlossary.tsx';

export interface ImportReport {
  file: string;
  ok: boolean;
  problems: Problem[];
  notices: Problem[];
  facts: number;
}

export interface OptionsProps {
  bundledFacts: readonly Fact[];
  /** The interface language, for the facts' text. */
  lang: 'en' | 'id';
  settings: Settings;
  onSettings: (settings: Settings) => void;
  verdictLabel: (verdict: string) => string;
  checkLabel: (status: string) => string;
  registries: ImportedRegistry[];
  reports: ImportReport[];
  t: (key: string, ...subs: (string | number)[]) => string;
  onFiles: (files: File[]) => void;
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  /** Shown when the reader's last change could not be saved. */
  error?: string | null;
}

function ProblemList(props: { items: Problem[] }) {
  return (
    <ul class="problems">
      {props.items.map((p, i) => (
        <li key={i}>
          <code>{p.fact}</code> · <code>{p.field}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}

export function OptionsApp(props: OptionsProps) {
  const { t } = props;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsBundled', props.bundledFacts.length)}</p>
      {props.error ? <p class="error" role="alert">{props.error}</p> : null}
      <SettingsSwitches settings={props.settings} t={t} onSettings={props.onSettings} />
      <section aria-labelledby="glossary-title" class="glossary">
        <h2 id="glossary-title">{t('optionsGlossaryTitle')}</h2>
        <p>{t('optionsGlossaryHelp')}</p>
        <VerdictGlossary t={t} checkLabel={props.checkLabel} />
      </section>
      <FactBrowser facts={props.bundledFacts} lang={props.lang} t={t} verdictLabel={props.verdictLabel} />
      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('optionsImportTitle')}</h2>
        <p>{t('optionsImportHelp')}</p>
        <label class="file">
          {t('optionsImportButton')}
          <input
            type="file"
            name="registry-file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              if (files.length) props.onFiles(files);
            }}
          />
        </label>
        <div aria-live="polite" class="reports">
          {props.reports.map((r) => (
            <div key={r.file} class={r.ok ? 'report ok' : 'report failed'} data-file={r.file}>
              <p>{r.ok ? t('optionsImported', r.file, r.facts) : t('optionsRefused', r.file, r.problems.length)}</p>
              {r.problems.length ? <ProblemList items={r.problems} /> : null}
              {r.notices.length ? (
                <>
                  <p>{t('optionsNotices')}</p>
                  <ProblemList items={r.notices} />
                </>
              ) : null}
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('optionsListTitle')}</h2>
        {props.registries.length === 0 ? <p>{t('optionsNone')}</p> : null}
        <ul class="registries">
          {props.registries.map((r) => (
            <li key={r.id} data-registry={r.name}>
              <label>
                <input type="checkbox" checked={r.enabled} onChange={(e) => props.onToggle(r.id, e.currentTarget.checked)} />
                {r.name}
              </label>
              <span class="meta">{t('optionsFacts', r.facts.length)}</span>
              {r.needsReimport ? <span class="needs-reimport">{t('optionsNeedsReimport')}</span> : null}
              <button type="button" onClick={() => props.onRemove(r.id)} aria-label={`${t('optionsRemove')}: ${r.name}`}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
