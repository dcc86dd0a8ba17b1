import type { Verdict } from '../core/registry/fact-types.ts';

export const VERDICT_COLOURS: Record<Verdict, { bg: string; fg: string }> = {
  accurate: { bg: '#dff3e4', fg: '#14532d' },
  'needs-context': { bg: '#fff1c7', fg: '#5c4300' },
  misattributed: { bg: '#ffe2cc', fg: '#7a2e00' },
  'forecast-as-fact': { bg: '#e8e1ff', fg: '#3b1f8f' },
  inaccurate: { bg: '#ffd9d9', fg: '#7f1d1d' },
  unverifiable: { bg: '#e6e8eb', fg: '#30363d' },
};

export function VerdictBadge(props: { verdict: Verdict; label: string }) {
  const c = VERDICT_COLOURS[props.verdict];
  return (
    <span class="verdict" data-verdict={props.verdict} style={{ background: c.bg, color: c.fg }}>
      {props.label}
    </span>
  );
}
