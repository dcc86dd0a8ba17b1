/**
 * Words that join two figures into a range ("10 to 20", "antara 10 dan 20") or a change
 * ("from 10% to 90%", "dari 10% menjadi 90%"). Data only; core/claims/combine-ranges.ts reads them.
 */

/** Between two figures: a range. "a"/"à" only after "from"/"de" ("de 10 a 20"). */
export const RANGE_LINKS = new Set([
  '-', '–', '—', '~', 'to', 'through', 'thru', 'until', 'hingga', 'sampai', 'sampai dengan', 's.d.', 's/d', 'a', 'à', 'bis', 'hasta', 'até', 'au',
]);
/** Between two figures after "from"/"dari": a change. */
export const CHANGE_LINKS = new Set(['to', 'menjadi', 'ke', 'jadi', 'a', 'para', 'auf', 'à', 'au']);
/** After "between"/"antara": the second figure follows one of these. */
export const BETWEEN_LINKS = new Set(['and', 'dan', 'y', 'e', 'et', 'und', 'to', 'sampai', 'hingga', '-', '–']);

export const FROM_WORDS = new Set(['from', 'dari', 'de', 'von', 'desde', 'du']);
export const BETWEEN_WORDS = new Set(['between', 'antara', 'entre', 'zwischen']);

/** Before "from": the figures span an interval, they do not move ("salaries range from $80k to $120k"). */
export const INTERVAL_CONTEXT = new Set([
  'range', 'ranges', 'ranging', 'ranged', 'vary', 'varies', 'varying', 'varied', 'anywhere', 'span', 'spans', 'spanning',
  'berkisar', 'bervariasi', 'mulai', 'rentang', 'kisaran',
]);

/** Between a share and its whole: "1 in 4", "satu dari empat", "one out of three", "1 sur 4", "1 de cada 4", "1 em cada 4", "1 von 4". */
export const RATIO_LINKS = new Set(['in', 'out of', 'dari', 'sur', 'de cada', 'em cada', 'von']);

/** Between two numbers that are each possible: "eight or nine months", "dua atau tiga tahun". */
export const ALTERNATIVE_LINKS = new Set(['or', 'atau', 'ou', 'o', 'oder']);

/** Movement words before "from"/"dari" when the figure it moved from comes second ("down from", "turun dari"). */
export const MOVED_FROM = '(?:down|up|naik|turun|meningkat|menurun|berkurang|bertambah|merosot|anjlok|melonjak|susut)\\s+(?:from|dari)';
/** Between a level and the one it is set against, with an average that may stand before ("en moyenne contre"). */
export const SET_AGAINST = '(?:(?:en moyenne|on average|en promedio|em média|im schnitt|im durchschnitt)\\s+)?(?:contre|versus|vs\\.?|frente al?|contra|gegenüber|nach)';

/**
 * Between a figure and the one it moved from, written after it: "15,000, down from 20,000",
 * "15.000 orang, turun dari 20.000". A bare "from" joins only in brackets ("(from 4.1%)").
 */
export const FROM_AFTER = new RegExp(`^,?\\s*${MOVED_FROM}$`);

/**
 * Between a level reached and the one it is set against, after a word for "to"/"at": "à 0,29 en
 * moyenne contre 0,30", "auf 4,1 Prozent nach 4,2 Prozent".
 */
export const AGAINST_AFTER = new RegExp(`^${SET_AGAINST}$`);
/** The words before a level reached that `AGAINST_AFTER` needs: "à", "a", "para", "auf", "to". */
export const LEVEL_WORDS = new Set(['à', 'a', 'para', 'auf', 'to']);

/** Verbs of change before "to"/"menjadi": "turun menjadi 15%", "fell to 15%". */
export const CHANGE_VERBS = new Set([
  'rose', 'rises', 'rising', 'risen', 'fell', 'falls', 'fallen', 'falling', 'dropped', 'drops', 'declined', 'declines', 'increased', 'increases',
  'decreased', 'decreases', 'grew', 'grows', 'jumped', 'jumps', 'climbed', 'climbs', 'surged', 'soared', 'plunged', 'slipped', 'shrank', 'shrunk',
  'cut', 'raised', 'lowered', 'reduced', 'boosted', 'doubled',
  'naik', 'turun', 'meningkat', 'menurun', 'melonjak', 'anjlok', 'merosot', 'bertambah', 'berkurang', 'tumbuh', 'melambung', 'susut', 'berubah',
]);
