/**
 * Words that qualify a figure: approximations ("about"), bounds ("more than", "kurang dari", "or more")
 * and movements ("up 94%", "turun 5%"). Data only, lower case; core/claims/qualifiers.ts reads them.
 */

export type BoundSide = 'lower' | 'upper';

/** Before a figure: approximate, no side. */
export const APPROX_WORDS: string[] = [
  'almost', 'nearly', 'about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'close to', 'an estimated', 'estimated', 'circa',
  'as many as', 'as much as', 'as few as', 'as little as', 'just about',
  'hampir', 'nyaris', 'sekitar', 'kira-kira', 'kurang lebih', 'lebih kurang', 'mendekati',
  'casi', 'cerca de', 'alrededor de', 'aproximadamente', 'quase', 'cerca de', 'presque', 'environ', 'près de', 'fast', 'rund', 'etwa', 'knapp', 'ungefähr',
];

/** Before a figure: a bound. "more than 30" is at least 30 (lower), "up to 700" at most 700 (upper). */
export const BOUND_WORDS: Record<string, BoundSide> = {
  'more than': 'lower', over: 'lower', above: 'lower', 'at least': 'lower', 'no less than': 'lower', 'not less than': 'lower',
  'no fewer than': 'lower', 'not fewer than': 'lower', 'greater than': 'lower', 'larger than': 'lower', 'bigger than': 'lower',
  'higher than': 'lower', 'in excess of': 'lower', 'upwards of': 'lower', 'well over': 'lower', 'just over': 'lower', 'well above': 'lower',
  exceeding: 'lower', exceeds: 'lower', exceed: 'lower', exceeded: 'lower', surpassing: 'lower', surpass: 'lower', surpasses: 'lower',
  surpassed: 'lower', 'a minimum of': 'lower', minimum: 'lower', 'greater than or equal to': 'lower', 'more than or equal to': 'lower',
  'equal to or more than': 'lower', 'equal to or greater than': 'lower',
  'lebih dari': 'lower', 'di atas': 'lower', setidaknya: 'lower', sedikitnya: 'lower', 'paling sedikit': 'lower', minimal: 'lower',
  'tidak kurang dari': 'lower', melebihi: 'lower', melewati: 'lower', 'lebih tinggi dari': 'lower', 'lebih besar dari': 'lower',
  'lebih mahal dari': 'lower', 'lebih banyak dari': 'lower',
  'más de': 'lower', 'al menos': 'lower', 'mais de': 'lower', 'pelo menos': 'lower', 'plus de': 'lower', 'au moins': 'lower',
  'mehr als': 'lower', 'über': 'lower', mindestens: 'lower',

  'less than': 'upper', 'fewer than': 'upper', under: 'upper', below: 'upper', 'up to': 'upper', 'at most': 'upper', 'no more than': 'upper',
  'not more than': 'upper', 'smaller than': 'upper', 'lower than': 'upper', 'just under': 'upper', 'well under': 'upper', 'well below': 'upper',
  'a maximum of': 'upper', maximum: 'upper', 'less than or equal to': 'upper', 'equal to or less than': 'upper', 'equal to or fewer than': 'upper',
  'kurang dari': 'upper', 'di bawah': 'upper', hingga: 'upper', sampai: 'upper', 'paling banyak': 'upper', maksimal: 'upper',
  'tidak lebih dari': 'upper', 'tidak sampai': 'upper', 'lebih murah dari': 'upper', 'lebih rendah dari': 'upper', 'lebih kecil dari': 'upper',
  'menos de': 'upper', hasta: 'upper', 'até': 'upper', 'moins de': 'upper', "jusqu'à": 'upper', 'weniger als': 'upper', unter: 'upper',
  'bis zu': 'upper', 'höchstens': 'upper',
};

/** Symbols right before a figure: "x>10", ">= 30", "≤ 5". */
export const BOUND_SYMBOLS: Record<string, BoundSide> = { '>': 'lower', '>=': 'lower', '≥': 'lower', '<': 'upper', '<=': 'upper', '≤': 'upper' };

/** After a figure: "200 or more", "5 tahun ke atas", "500 or less". */
export const TRAILING_BOUNDS: Record<string, BoundSide> = {
  'or more': 'lower', 'or greater': 'lower', 'or higher': 'lower', 'or above': 'lower', 'or over': 'lower', 'and more': 'lower',
  'and above': 'lower', 'and over': 'lower', 'atau lebih': 'lower', 'ke atas': 'lower', 'o más': 'lower', 'ou mais': 'lower',
  'ou plus': 'lower', 'oder mehr': 'lower',
  'or less': 'upper', 'or fewer': 'upper', 'or lower': 'upper', 'or below': 'upper', 'or under': 'upper', 'and below': 'upper',
  'and under': 'upper', 'and less': 'upper', 'atau kurang': 'upper', 'ke bawah': 'upper', 'o menos': 'upper', 'ou menos': 'upper',
  'ou moins': 'upper', 'oder weniger': 'upper',
};

/** Words that join a lower and an upper bound into one range: "more than 10 and less than 40". */
export const BOUND_PAIR_LINKS = new Set(['and', 'but', ',', 'dan', 'tetapi', 'namun', 'y', 'e', 'et', 'und']);

export type Direction = 'up' | 'down';

/** Verbs of movement right before a figure ("rose 5%", "turun 0,87%"), optionally followed by "by"/"sebesar". */
export const MOVEMENT_VERBS: Record<string, Direction> = {
  rose: 'up', rises: 'up', risen: 'up', rising: 'up', rise: 'up', grew: 'up', grows: 'up', grown: 'up', growing: 'up',
  increased: 'up', increases: 'up', increasing: 'up', jumped: 'up', jumps: 'up', climbed: 'up', climbs: 'up', surged: 'up', surges: 'up',
  soared: 'up', soars: 'up', gained: 'up', gains: 'up', advanced: 'up', rebounded: 'up', spiked: 'up',
  naik: 'up', meningkat: 'up', melonjak: 'up', bertambah: 'up', tumbuh: 'up', menguat: 'up', melambung: 'up', melesat: 'up', melejit: 'up',
  'subió': 'up', 'aumentó': 'up', 'creció': 'up', subiu: 'up', aumentou: 'up', cresceu: 'up', 'augmenté': 'up', 'progressé': 'up',
  gestiegen: 'up', stieg: 'up', wuchs: 'up',
  fell: 'down', falls: 'down', fallen: 'down', falling: 'down', fall: 'down', dropped: 'down', drops: 'down', declined: 'down',
  declines: 'down', decreased: 'down', decreases: 'down', slipped: 'down', slid: 'down', shrank: 'down', shrunk: 'down', plunged: 'down',
  plummeted: 'down', sank: 'down', tumbled: 'down', slumped: 'down', dipped: 'down', eased: 'down',
  turun: 'down', menurun: 'down', anjlok: 'down', merosot: 'down', berkurang: 'down', melemah: 'down', susut: 'down', terkoreksi: 'down',
  terjun: 'down', 'bajó': 'down', 'cayó': 'down', 'disminuyó': 'down', caiu: 'down', diminuiu: 'down', 'baissé': 'down', 'chuté': 'down',
  gesunken: 'down', fiel: 'down',
};
/** Adverbs of movement: only before a percent or an amount of money ("up 94%", "down $3"), never before a count ("set up 5 firms"). */
export const MOVEMENT_ADVERBS: Record<string, Direction> = { up: 'up', down: 'down' };
/** Verbs that make "up"/"down" part of another meaning: "made up 55%", "racked up $6 million", "shut down 3 plants". */
export const NOT_MOVEMENT_VERBS = new Set([
  'make', 'makes', 'made', 'making', 'take', 'takes', 'took', 'taken', 'taking', 'rack', 'racks', 'racked', 'racking', 'add', 'adds', 'added',
  'adding', 'sum', 'sums', 'summed', 'set', 'sets', 'setting', 'pick', 'picks', 'picked', 'shut', 'shuts', 'break', 'breaks', 'broke', 'broken',
  'turn', 'turns', 'turned', 'step', 'steps', 'stepped', 'sign', 'signs', 'signed', 'use', 'uses', 'used', 'build', 'builds', 'built', 'wrap',
  'wrapped', 'put', 'puts', 'stack', 'stacks', 'stacked', 'line', 'lined', 'back', 'backed', 'mark', 'marked', 'write', 'wrote', 'written',
  'cut', 'cuts', 'narrow', 'narrowed', 'count', 'counted', 'end', 'ends', 'ended', 'tally', 'tallied', 'tot', 'totted', 'run', 'ran', 'runs',
]);
/** Between a movement word and its figure: "increased by 5%", "naik sebesar 5%". */
export const MOVEMENT_LINKS = new Set(['by', 'sebesar', 'sekitar', 'hampir', 'around', 'about', 'nearly', 'almost', 'some']);
