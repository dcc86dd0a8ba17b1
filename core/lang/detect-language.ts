/**
 * The language of a page: its lang attribute when it has one, else a guess from the words it
 * uses most (English and Indonesian first; Spanish, Portuguese, French and German too).
 */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'are', 'this', 'have', 'from', 'they', 'will', 'which'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'adalah', 'juga', 'karena', 'bahwa'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'con', 'una', 'para', 'como', 'pero', 'sus', 'más', 'fue', 'está', 'también'],
  pt: ['os', 'as', 'do', 'da', 'que', 'não', 'com', 'uma', 'para', 'como', 'mas', 'seu', 'mais', 'foi', 'está', 'também'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'qui', 'pas', 'sur', 'avec', 'sont', 'mais', 'aussi'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'für', 'auf', 'auch', 'sich', 'dem', 'den', 'wird'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/** Normalises a lang attribute ("en-US" → "en", the old "in" → "id"); null when empty or invalid. */
export function normaliseLangTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  return primary === 'in' ? 'id' : primary;
}

export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000).toLowerCase();
  const scores: Record<string, number> = {};
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sample)) !== null) {
    const langs = LOOKUP.get(m[0]);
    if (langs) for (const l of langs) scores[l] = (scores[l] ?? 0) + 1;
  }
  let best = 'en';
  let bestScore = 0;
  for (const [lang, score] of Object.entries(scores)) {
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

export function detectLanguage(langAttribute: string | null | undefined, text: string): string {
  return normaliseLangTag(langAttribute) ?? guessLanguage(text);
}
