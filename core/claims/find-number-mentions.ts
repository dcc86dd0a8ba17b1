/**
 * Finds numeric claims in text as people write them, in English, Indonesian and (a first step)
 * Spanish, Portuguese, French and German. One left-to-right pass over the text: at a digit, a
 * decimal mark or a number word, a reader takes the number and what is written around it (currency,
 * scale, percent, unit, "per year"); then neighbouring numbers are joined into ranges and changes,
 * and each figure gets its approximation or bound words; ages are left out, and a proportion restated
 * in brackets ("two-fifths (39%)") is one figure. Every reader looks a bounded distance
 * ahead and never backtracks over the text, so the cost is linear in its length.
 */
import { isAge } from './age.ts';
import type { Claim } from './claim-types.ts';
import { decimalStyleFor } from '../numbers/parse-digits.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import { MentionJoiner } from './combine-ranges.ts';
import { SentenceLookup, toClaim } from './make-claim.ts';
import type { ScanContext } from './mention.ts';
import { qualifierBefore } from './read-qualifiers.ts';
import { joinRestatedShares } from './restated-share.ts';
import { scanMentions } from './scan-mentions.ts';

export interface ScanOptions {
  lang: string;
}

/** Languages whose number words the Indonesian reader knows. Others get the English words. */
const MALAY_LANGS = new Set(['id', 'ms']);

/** All numeric claims in `text`. */
export function findNumberMentions(text: string, options: ScanOptions): Claim[] {
  const ctx: ScanContext = {
    text,
    lower: lowerCaseSameLength(text),
    lang: options.lang,
    style: decimalStyleFor(options.lang),
    english: !MALAY_LANGS.has(options.lang),
    prevEnd: 0,
  };
  const claims: Claim[] = [];
  const sentences = new SentenceLookup(text);
  let prevClaimEnd = 0;
  const joiner = new MentionJoiner(ctx, (j) => {
    if (!j.standalone || isAge(ctx, j)) return;
    claims.push(toClaim(ctx, j, prevClaimEnd, sentences));
    prevClaimEnd = j.end;
  });
  let prevMentionEnd = 0;
  scanMentions(ctx, (m) => {
    m.qualifier = qualifierBefore(ctx, m.start, prevMentionEnd) ?? undefined;
    prevMentionEnd = m.end;
    joiner.push(m);
  });
  joiner.flush();
  return joinRestatedShares(text, claims);
}
