/**
 * The article checks its own arithmetic: changes and their percents, shares and their counts,
 * lists and their totals, one figure at two scales. Needs no registry; reports only what is
 * clearly inconsistent, each finding on the claim it contradicts.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { ArithmeticCheck, ArithmeticFinding } from './arithmetic-check.ts';
import { ArticleLayout } from './article-layout.ts';
import { findChangeSlips } from './change-relation.ts';
import { findListTotalSlips } from './list-total-relation.ts';
import { findScaleSlips } from './scale-relation.ts';
import { findShareSlips } from './share-relation.ts';

export type { ArithmeticCheck, ArithmeticFinding };

/**
 * Findings for `claims` (found in `text`, offsets in it, in order). `checked`, when given, counts
 * the relations checked by kind, consistent or not.
 */
export function checkArithmetic(text: string, claims: Claim[], lang: string, checked?: Record<string, number>): ArithmeticFinding[] {
  if (claims.length < 2) return [];
  const layout = new ArticleLayout(text, claims);
  const all = [...findChangeSlips(layout, lang), ...findShareSlips(layout, lang), ...findListTotalSlips(layout, lang), ...findScaleSlips(layout, lang)];
  if (checked) for (const [k, n] of Object.entries(layout.checked)) checked[k] = (checked[k] ?? 0) + n;
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.claim}\u0000${f.check.note}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The checks of each claim, by index (claims without findings get none). */
export function checksByClaim(text: string, claims: Claim[], lang: string): Map<number, ArithmeticCheck[]> {
  const out = new Map<number, ArithmeticCheck[]>();
  for (const f of checkArithmetic(text, claims, lang)) {
    const list = out.get(f.claim) ?? [];
    list.push(f.check);
    out.set(f.claim, list);
  }
  return out;
}
