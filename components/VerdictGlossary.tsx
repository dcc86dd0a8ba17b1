/**
 * What each verdict means: one list, in the interface language, shown by the popup's key and the
 * options page. The same explanation is the verdict badge's tooltip in the card (checkHelp).
 */
import { CHECK_STATUSES } from '../core/registry/check-claim.ts';
import type { Translate } from '../types/claim-card.ts';
import { CheckBadge } from './ClaimCheckLine.tsx';

/** What a verdict means, in the interface language. */
export function checkHelp(t: Translate, status: string): string {
  return t(`checkHelp_${status}`);
}

export function VerdictGlossary(props: { t: Translate; checkLabel: (status: string) => string }) {
  return (
    <dl class="verdict-glossary">
      {CHECK_STATUSES.map((s) => (
        <div key={s}>
          <dt>
            <CheckBadge status={s} label={props.checkLabel(s)} />
          </dt>
          <dd>{checkHelp(props.t, s)}</dd>
        </div>
      ))}
    </dl>
  );
}
