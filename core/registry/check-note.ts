/**
 * The one-line note that goes with a claim's verdict, in English or Indonesian: what the source
 * published, and for a known distortion its correction. Text only; the card and the CLI show it.
 */
import type { ClaimCheck } from './check-claim.ts';
import type { Fact } from './fact-types.ts';

export function checkNote(fact: Fact, check: ClaimCheck, lang: 'en' | 'id'): string {
  const figure = check.figure === null ? null : fact.figures[check.figure];
  const distortion = check.distortion === null ? null : fact.distortions[check.distortion];
  const label = figure ? figure.label[lang] || figure.label.en : '';
  const correction = distortion ? distortion.correction[lang] || distortion.correction.en : '';
  const named = check.attribution?.text ?? fact.source.name;
  switch (check.status) {
    case 'consistent':
      return label;
    case 'differs':
      return correction || label;
    case 'reframed':
      return correction || label;
    case 'misattributed':
      return lang === 'id'
        ? `Angka ini berasal dari ${fact.source.name}, bukan ${named}. ${correction}`.trim()
        : `This figure comes from ${fact.source.name}, not ${named}. ${correction}`.trim();
    case 'unlisted':
      return lang === 'id'
        ? `Kalimat ini menyebut ${named}, tetapi angka ini tidak termasuk angka ${fact.source.name} yang dikenal Recount.`
        : `The sentence names ${named}, but this figure is not among the figures Recount knows from ${fact.source.name}.`;
  }
}
