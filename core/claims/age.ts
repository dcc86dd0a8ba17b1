/**
 * A person's age, or an age band, is no figure to check: "workers aged 22 to 25", "22- to
 * 25-year-olds", "a 47-year-old driver", "Christopher Reyes, 47, said", "Budi (45), pengemudi ojol",
 * "pekerja berusia 18-24 tahun", "âgés de 25 à 34 ans". Each test looks a word or two around it.
 */
import { isDigitCode } from '../text/char-classes.ts';
import { wordBefore } from '../text/words-around.ts';
import type { Mention, ScanContext } from './mention.ts';

/** Words right before an age: "aged 22", "berusia 45", "usia 30", "idade de". */
const AGE_BEFORE = new Set(['aged', 'ages', 'age', 'berusia', 'berumur', 'usia', 'umur', 'âgé', 'âgée', 'âgés', 'âgées', 'idade', 'edad', 'alter']);
/** Links between an age word and the age: "âgés de", "im Alter von", "idade entre", "usia antara". */
const AGE_LINKS = new Set(['de', 'von', 'entre', 'antara', 'between', 'of', 'from', 'over', 'under']);
/** "-year-old", "years old", "to 25-year-olds", "Jährige": right after the figure. */
const AGE_AFTER = /^[-‑]?(?:\s*(?:to|and|or|-|–|hingga|sampai|dan)\s*\d{1,3})?\s*[-‑ ]?\s*(?:years?[-‑ ]olds?|jährigen?|jährige)\b/;
/** "Reyes, 47, said", "Budi (45), pengemudi": an age set off after a name. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*(?:,\s*|\s*\()$/u;
const AFTER_APPOSITIVE = /^(?:,\s+\p{Ll}|\)[\s,])/u;

const OLDEST = 120;

export function isAge(ctx: ScanContext, m: Mention): boolean {
  const low = m.range ? m.range[0] : m.change ? null : m.value;
  const high = m.range ? m.range[1] : low;
  if (low === null || high === null || !Number.isInteger(low) || !Number.isInteger(high) || low < 0 || high > OLDEST) return false;
  if (m.valueKind !== 'count' && !(m.valueKind === 'duration' && m.unit === 'year')) return false;
  const { text, lower } = ctx;
  const start = Math.min(m.qualifier?.start ?? m.start, m.figureStart, m.start);
  let before = wordBefore(lower, start);
  if (AGE_LINKS.has(before.word)) before = wordBefore(lower, before.start);
  if (AGE_BEFORE.has(before.word)) return true;
  const end = m.figureEnd ?? m.end;
  if (AGE_AFTER.test(lower.slice(end, end + 32))) return true;
  // An appositive age: one or two digits, no unit, between a name and the rest of the sentence.
  if (m.range || m.hasUnit || end - m.start > 3 || !isDigitCode(text.charCodeAt(m.start))) return false;
  return NAME_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && AFTER_APPOSITIVE.test(text.slice(end, end + 4));
}
