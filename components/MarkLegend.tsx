/**
 * The popup's key to what Recount draws in the page: the two mark styles on one line, and what each
 * verdict means. The same explanations are the verdict badge's tooltip in the card.
 */
import type { Translate } from '../types/claim-card.ts';
import { VerdictGlossary } from './VerdictGlossary.tsx';

export function MarkLegend(props: { t: Translate; checkLabel: (status: string) => string }) {
  const { t } = props;
  return (
    <section class="legend" aria-label={t('legendKey')}>
      <p class="key">
        <span class="key-mark key-matched" aria-hidden="true">12%</span> {t('legendMatched')} · <span class="key-mark key-figure" aria-hidden="true">12%</span> {t('legendFigure')}
      </p>
      <details class="glossary">
        <summary>{t('legendVerdicts')}</summary>
        <VerdictGlossary t={t} checkLabel={props.checkLabel} />
      </details>
    </section>
  );
}
