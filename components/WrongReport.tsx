/**
 * "This looks wrong": copies a ready report (the claim, the verdict, the page's address, the fact and
 * Recount's version) to the clipboard on the reader's click. Nothing is sent anywhere. Where the
 * clipboard is refused, the report is shown, selected, for the reader to copy.
 */
import { useState } from 'preact/hooks';

export interface WrongReportLabels {
  button: string;
  copied: string;
  manual: string;
}

export function WrongReport(props: { report: string; labels: WrongReportLabels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = (): void => {
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) return setState('manual');
    clipboard.writeText(props.report).then(
      () => setState('copied'),
      () => setState('manual'),
    );
  };
  return (
    <div class="wrong">
      <button type="button" class="wrong-button" onClick={copy}>
        {props.labels.button}
      </button>
      <span class="wrong-status" role="status">
        {state === 'copied' ? props.labels.copied : ''}
      </span>
      {state === 'manual' ? (
        <label class="wrong-manual">
          {props.labels.manual}
          <textarea readOnly rows={6} value={props.report} ref={(el) => el?.select()} />
        </label>
      ) : null}
    </div>
  );
}

/** The report's text: plain lines, in the interface language's labels. */
export function wrongReportText(lines: [string, string][]): string {
  return lines
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');
}
