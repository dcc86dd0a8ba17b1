/**
 * Number words of French, Spanish, Portuguese and German, for the forms their news uses to state a
 * figure in words: a share ("un emploi sur quatre", "uno de cada cuatro", "jedes vierte Unternehmen",
 * "zwei Drittel der Firmen", "la moitié des salariés") and a small number before a scale or a unit
 * ("dos millones", "un gigawatt"). Data only; core/claims/read-european-words.ts reads them.
 * Each language has its own list: "dos" is two in Spanish but "of the" in Portuguese.
 */

export interface EuropeanWords {
  /** One to ten, with the feminine and inflected forms. */
  small: Record<string, number>;
  /** Fraction denominators: "tiers", "Drittel", "tercios". Singular forms that are also ordinals need "de"/"of" after. */
  denominators: Record<string, number>;
  /** Singular denominators that are also ordinals or nouns ("cuarto", "quarto", "quinto"): a fraction only before `of`. */
  ordinalDenominators: ReadonlySet<string>;
  /** Between a share's part and its whole: "sur" in "un emploi sur quatre", "de cada", "em cada". */
  ratioLinks: readonly string[];
  /** Words for one half: "moitié", "mitad", "metade", "Hälfte". */
  half: ReadonlySet<string>;
  /** Words after a share that say what it is a share of: "de", "des", "der", "aller". */
  of: ReadonlySet<string>;
  /** "jeder", "jede", "jedes": before an ordinal, one in so many ("jedes vierte Unternehmen"). */
  every: ReadonlySet<string>;
  /** Ordinals after `every`: "vierte" → 4. */
  ordinals: Record<string, number>;
}

const FR: EuropeanWords = {
  small: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  denominators: { tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5, dixième: 10, dixièmes: 10 },
  ordinalDenominators: new Set(['cinquième', 'dixième']),
  ratioLinks: ['sur'],
  half: new Set(['moitié']),
  of: new Set(['de', 'des', 'du', "d'", 'd’']),
  every: new Set(),
  ordinals: {},
};

const ES: EuropeanWords = {
  small: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  denominators: { tercio: 3, tercios: 3, cuarto: 4, cuartos: 4, quinto: 5, quintos: 5, décimo: 10, décimos: 10 },
  ordinalDenominators: new Set(['cuarto', 'quinto', 'décimo']),
  ratioLinks: ['de cada'],
  half: new Set(['mitad']),
  of: new Set(['de', 'del']),
  every: new Set(),
  ordinals: {},
};

const PT: EuropeanWords = {
  small: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
  denominators: { terço: 3, terços: 3, quarto: 4, quartos: 4, quinto: 5, quintos: 5, décimo: 10, décimos: 10 },
  ordinalDenominators: new Set(['quarto', 'quinto', 'décimo']),
  ratioLinks: ['em cada', 'de cada'],
  half: new Set(['metade']),
  of: new Set(['de', 'do', 'da', 'dos', 'das']),
  every: new Set(),
  ordinals: {},
};

const DE: EuropeanWords = {
  small: {
    ein: 1, eine: 1, einer: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  },
  denominators: { drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, zehntel: 10 },
  ordinalDenominators: new Set(),
  ratioLinks: ['von'],
  half: new Set(['hälfte']),
  of: new Set(['der', 'des', 'aller', 'von']),
  every: new Set(['jeder', 'jede', 'jedes', 'jeden', 'jedem']),
  ordinals: { zweite: 2, dritte: 3, vierte: 4, fünfte: 5, sechste: 6, siebte: 7, achte: 8, neunte: 9, zehnte: 10 },
};

/** The words of each language, by its code. */
export const EUROPEAN_WORDS: Readonly<Record<string, EuropeanWords>> = { fr: FR, es: ES, pt: PT, de: DE };

/** The words that may start such a figure in a language, for the scanner: small numbers, "jede", and the half words. */
export function europeanStartWords(words: EuropeanWords): Set<string> {
  return new Set([...Object.keys(words.small), ...words.every, ...words.half]);
}
