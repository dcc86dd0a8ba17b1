import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type ImportReport } from '../../components/OptionsApp.tsx';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { checkLabel, t, verdictLabel } from '../../extension/i18n.ts';
import { importRegistryFile, MAX_IMPORT_BYTES } from '../../extension/registry-import.ts';
import { runSafely } from '../../extension/run-safely.ts';
import type { ImportedRegistry } from '../../types/imported-registry.ts';
import { loadImported, saveImported, StorageFull } from '../../extension/registry-store.ts';
import { loadSettings, saveSettings } from '../../extension/settings.ts';
import type { Settings } from '../../types/settings.ts';

const lang = browser.i18n.getUILanguage().startsWith('id') ? 'id' : 'en';

let registries: ImportedRegistry[] = [];
let reports: ImportReport[] = [];
let error: string | null = null;
let settings: Settings | null = null;

/** Runs a change; a storage failure (a full quota) is shown to the reader, not lost. */
function change(work: () => Promise<void>): void {
  error = null;
  runSafely(work, 'could not save the registries', () => {
    error = t('storageError');
    draw();
  });
}

async function importFiles(files: File[]): Promise<void> {
  const next = [...registries];
  reports = [];
  for (const file of files) {
    const ids = new Set([...BUNDLED_FACTS.map((f) => f.id), ...next.flatMap((r) => r.facts.map((f) => f.id))]);
    // A file over the limit is refused before it is read.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = importRegistryFile(file.name, file.size, text, ids);
    if (result.registry) next.push(result.registry);
    reports.push({ file: file.name, ok: !!result.registry, problems: result.problems, notices: result.notices, facts: result.registry?.facts.length ?? 0 });
  }
  if (next.length !== registries.length) {
    try {
      await saveImported(next);
    } catch (e) {
      // Nothing was kept: no file may still say it was imported. The earlier registries stay as they were.
      const why = e instanceof StorageFull ? e.message : t('storageError');
      reports = reports.map((r) => (r.ok ? { ...r, ok: false, problems: [{ fact: r.file, field: '(storage)', message: why }] } : r));
      throw e;
    }
    registries = next;
  }
  draw();
}

async function update(list: ImportedRegistry[]): Promise<void> {
  await saveImported(list);
  registries = list;
  draw();
}

function draw(): void {
  if (!settings) return;
  render(
    <OptionsApp
      bundledFacts={BUNDLED_FACTS}
      lang={lang}
      settings={settings}
      verdictLabel={verdictLabel}
      checkLabel={checkLabel}
      onSettings={(next) => {
        settings = next;
        draw();
        change(async () => {
          await saveSettings(next);
        });
      }}
      registries={registries}
      reports={reports}
      t={t}
      error={error}
      onFiles={(files) => change(() => importFiles(files))}
      onToggle={(id, enabled) => change(() => update(registries.map((r) => (r.id === id ? { ...r, enabled } : r))))}
      onRemove={(id) => change(() => update(registries.filter((r) => r.id !== id)))}
    />,
    document.getElementById('app')!,
  );
}

document.documentElement.lang = lang;
change(async () => {
  settings = await loadSettings();
  registries = await loadImported();
  draw();
});
