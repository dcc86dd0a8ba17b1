/**
 * The verdict on the figure in front of the reader, and what its source published: the first
 * thing the card and the popup say. A consistent figure gets a calm, positive style.
 */
import type { CheckStatus, ClaimCheck } from '../core/registry/check-claim.ts';
import { checkNote } from '../core/registry/check-note.ts';
import type { Fact } from '../core/registry/fact-types.ts';

export const CHECK_COLOURS: Record<CheckStatus, { bg: string; fg: string }> = {
  consistent: { bg: '#e3f4e8', fg: '#14532d' },
  differs: { bg: '#ffd9d9', fg: '#7f1d1d' },
  reframed: { bg: '#fff1c7', fg: '#5c4300' },
  misattributed: { bg: '#ffe2cc', fg: '#7a2e00' },
  unlisted: { bg: '#e6e8eb', fg: '#30363d' },
};

/** `help`: what the verdict means, shown as the badge's tooltip. */
export function CheckBadge(props: { status: CheckStatus; label: string; help?: string }) {
  const c = CHECK_COLOURS[props.status];
  return (
    <span class="check-status" data-check={props.status} title={props.help || undefined} style={{ background: c.bg, color: c.fg }}>
      {props.label}
    </span>
  );
}

/** `statusLabel`: the verdict's name in the interface language; `named`: "Named in the text: X", or '' when nothing is named. */
export function ClaimCheckLine(props: { fact: Fact; check: ClaimCheck; lang: string; statusLabel: string; named: string; help?: string }) {
  const L = props.lang === 'id' ? 'id' : 'en';
  return (
    <div class="check" data-check={props.check.status}>
      <p class="check-head">
        <CheckBadge status={props.check.status} label={props.statusLabel} help={props.help} />
      </p>
      <p class="check-note">{checkNote(props.fact, props.check, L)}</p>
      {props.named ? <p class="check-named">{props.named}</p> : null}
    </div>
  );
}
