/**
 * The popup's key to what Recount draws in the page: the two mark styles on one line, and what each
 * verdict means. The same explanations are the verdict badge's tooltip in the card.
 */
import { CHECK_STATUSES } from '../core/registry/check-claim.ts';
import type { Translate } from '../types/claim-card.ts';
import { CheckBadge } from './ClaimCheckLine.tsx';

/** What a verdict means, in the interface language. */
export function checkHelp(t: Translate, status: string): string {
  return t(`checkHelp_${status}`);
}

export function MarkLegend(props: { t: Translate; checkLabel: (status: string) => string }) {
  const { t } = props;
  return (
    <section class="legend" aria-label={t('legendKey')}>
      <p class="key">
        <span class="key-mark key-matched" aria-hidden="true">12%</span> {t('legendMatched')} · <span class="key-mark key-figure" aria-hidden="true">12%</span> {t('legendFigure')}
      </p>
      <details class="glossary">
        <summary>{t('legendVerdicts')}</summary>
        <dl>
          {CHECK_STATUSES.map((s) => (
            <div key={s}>
              <dt>
                <CheckBadge status={s} label={props.checkLabel(s)} />
              </dt>
              <dd>{checkHelp(t, s)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
