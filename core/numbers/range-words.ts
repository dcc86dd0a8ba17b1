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

/** Between a share and its whole: "1 in 4", "satu dari empat", "one out of three". */
export const RATIO_LINKS = new Set(['in', 'out of', 'dari']);

/** Verbs of change before "to"/"menjadi": "turun menjadi 15%", "fell to 15%". */
export const CHANGE_VERBS = new Set([
  'rose', 'rises', 'rising', 'risen', 'fell', 'falls', 'fallen', 'falling', 'dropped', 'drops', 'declined', 'declines', 'increased', 'increases',
  'decreased', 'decreases', 'grew', 'grows', 'jumped', 'jumps', 'climbed', 'climbs', 'surged', 'soared', 'plunged', 'slipped', 'shrank', 'shrunk',
  'cut', 'raised', 'lowered', 'reduced', 'boosted', 'doubled',
  'naik', 'turun', 'meningkat', 'menurun', 'melonjak', 'anjlok', 'merosot', 'bertambah', 'berkurang', 'tumbuh', 'melambung', 'susut', 'berubah',
]);
