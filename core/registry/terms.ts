/** Term search on word edges in folded (lower-cased, white space folded) text. Plain string search: no pattern to compile. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/** Typographic apostrophes as the plain one, without changing the length: "l’OIT" and "l'étude" are written both ways. */
export const plainApostrophes = (s: string): string => s.replace(/[\u2018\u2019\u02bc]/g, "'");

/** Composed accents (NFC), lower case, plain apostrophes, white space folded: "Währungsfonds" is one form however it was typed. */
export const foldText = (s: string): string => plainApostrophes(s.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim();

/** Where `term` stands in `text` on word edges, from `from`; -1 when it does not. Indonesian "-nya" may follow ("pegawainya"). */
export function indexOfTerm(text: string, term: string, from = 0): number {
  for (let at = text.indexOf(term, from); at !== -1; at = text.indexOf(term, at + 1)) {
    if (isWordChar(text[at - 1])) continue;
    const end = at + term.length;
    if (!isWordChar(text[end]) || (text.startsWith('nya', end) && !isWordChar(text[end + 3]))) return at;
  }
  return -1;
}

export const containsTerm = (text: string, term: string): boolean => indexOfTerm(text, term) !== -1;
