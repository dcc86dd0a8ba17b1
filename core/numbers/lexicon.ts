/**
 * Word lists for reading numbers as people write them. Data only: the parsers in this folder
 * decide how the words combine. Currencies are in currencies.ts, approximation and bound words
 * in qualifiers.ts.
 */

/** English number words that stand for a value on their own. */
export const EN_SMALL: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** English scales, with the plural a few writers use after a number ("three billions"). */
export const EN_SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
};

/** English fractions by denominator word. Singular forms are also ordinals, so the reader needs "a"/"one" or "of" around them. */
export const EN_FRACTIONS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, sevenths: 1 / 7, eighth: 1 / 8, eighths: 1 / 8,
  ninth: 1 / 9, ninths: 1 / 9, tenth: 1 / 10, tenths: 1 / 10, hundredth: 1e-2, hundredths: 1e-2, thousandth: 1e-3, thousandths: 1e-3,
  millionth: 1e-6, millionths: 1e-6, billionth: 1e-9, billionths: 1e-9, trillionth: 1e-12, trillionths: 1e-12,
};

/** English ordinals: after a number word they make it a position ("twenty-first"), not a quantity. */
export const EN_ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth',
  'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'hundredth', 'thousandth', 'millionth',
]);

/** Indonesian digits. */
export const ID_UNITS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
/** The se- forms that already carry "one": sepuluh = 1 × puluh. */
export const ID_ONE_FORMS: Record<string, [number, string]> = {
  sepuluh: [1, 'puluh'], sebelas: [1, 'belas'], seratus: [1, 'ratus'], seribu: [1, 'ribu'],
  sejuta: [1, 'juta'], semiliar: [1, 'miliar'], semilyar: [1, 'miliar'], setriliun: [1, 'triliun'],
};
/** Indonesian scales of a whole group (ribu, juta ...), as opposed to puluh/ratus inside a group. */
export const ID_SCALES: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };

/** Indonesian fractions written as one word. */
export const ID_FRACTION_WORDS: Record<string, number> = {
  setengah: 1 / 2, separuh: 1 / 2, sepertiga: 1 / 3, seperempat: 1 / 4, seperlima: 1 / 5, seperenam: 1 / 6,
  sepertujuh: 1 / 7, seperdelapan: 1 / 8, sepersembilan: 1 / 9, sepersepuluh: 1 / 10, seperseratus: 1 / 100,
};
/** Indonesian fractions: numerator, then "per" + denominator ("dua pertiga"). */
export const ID_FRACTION_DENOMINATORS: Record<string, number> = {
  dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, seratus: 100,
};

/** Words that make a number negative: "minus 5", "negative one", "negatif 1200000". */
export const SIGN_WORDS: Record<string, -1> = { minus: -1, negative: -1, negatif: -1, 'menos': -1, moins: -1 };

/** Scale words after a number, all languages, lower case. Values multiply what stands before them. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
  dozen: 12, dozens: 12,
  ratus: 100, ribu: 1e3, rb: 1e3, 'rb.': 1e3, juta: 1e6, jt: 1e6, 'jt.': 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
  // Spanish, Portuguese, French, German: a first step for readers of those sites.
  'mil millones': 1e9, 'mil milhões': 1e9, mil: 1e3, millones: 1e6, millón: 1e6, billón: 1e12, billones: 1e12,
  milhões: 1e6, milhão: 1e6, bilhões: 1e9, bilhão: 1e9, biliões: 1e12, bilião: 1e12,
  millier: 1e3, milliers: 1e3, milliard: 1e9, milliards: 1e9,
  tausend: 1e3, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billionen: 1e12, 'mio.': 1e6, 'mrd.': 1e9, mio: 1e6, mrd: 1e9,
};

/** Languages whose "billion" is 10^12 (the long scale): French billion, German Billion, Spanish billón. */
export const LONG_SCALE_LANGS = new Set(['fr', 'de', 'es', 'it', 'nl']);

/**
 * Abbreviated scales glued to or right after digits ("$4.5tn", "80k", "35 bn", "10 bln").
 * Case matters for the one-letter forms: "5m" is five metres in most prose, "5M" five million.
 */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, mn: 1e6, mln: 1e6, m: 1e6, b: 1e9, B: 1e9, bn: 1e9, bln: 1e9, T: 1e12, tn: 1e12, trn: 1e12, tln: 1e12,
};
/** Abbreviated scales that may also stand after a space ("2.33 k", "10 bln", "1,674,200.5 M"). */
export const SPACED_SCALE_ABBREVIATIONS = new Set(['k', 'K', 'M', 'bn', 'bln', 'mn', 'mln', 'tn', 'trn', 'tln']);

/** Words that make a number a percent. "percentage" alone is sloppy but common; "percentage point(s)" is a unit of its own. */
export const PERCENT_WORDS = [
  'percent', 'percents', 'per cent', 'percentage points', 'percentage point', 'percentage', 'pct', 'persen', 'prosen', 'poin persentase',
  'por ciento', 'por cento', 'pour cent', 'prozent', 'prozentpunkte', 'per cento',
];
/** Percent written glued to digits, case-sensitive ("5pc" in British papers). */
export const GLUED_PERCENT = new Set(['pc']);

export type UnitKind = 'duration' | 'quantity' | 'count';

/** Units after a number, lower case unless the case carries meaning (MW). */
export const UNIT_WORDS: Record<string, [UnitKind, string]> = {
  years: ['duration', 'year'], year: ['duration', 'year'], yrs: ['duration', 'year'], yr: ['duration', 'year'], tahun: ['duration', 'year'],
  'años': ['duration', 'year'], anos: ['duration', 'year'], ans: ['duration', 'year'], jahre: ['duration', 'year'], jahren: ['duration', 'year'],
  decades: ['duration', 'decade'], decade: ['duration', 'decade'], dekade: ['duration', 'decade'], dasawarsa: ['duration', 'decade'],
  months: ['duration', 'month'], month: ['duration', 'month'], bulan: ['duration', 'month'],
  weeks: ['duration', 'week'], week: ['duration', 'week'], minggu: ['duration', 'week'], pekan: ['duration', 'week'],
  days: ['duration', 'day'], day: ['duration', 'day'], hari: ['duration', 'day'],
  hours: ['duration', 'hour'], hour: ['duration', 'hour'], hrs: ['duration', 'hour'], jam: ['duration', 'hour'],
  minutes: ['duration', 'minute'], minute: ['duration', 'minute'], mins: ['duration', 'minute'], menit: ['duration', 'minute'],
  seconds: ['duration', 'second'], detik: ['duration', 'second'],
  // Spanish, Portuguese, French, German.
  meses: ['duration', 'month'], mes: ['duration', 'month'], 'mês': ['duration', 'month'], mois: ['duration', 'month'], monate: ['duration', 'month'], monaten: ['duration', 'month'],
  semanas: ['duration', 'week'], semaines: ['duration', 'week'], wochen: ['duration', 'week'],
  'días': ['duration', 'day'], dias: ['duration', 'day'], jours: ['duration', 'day'], tage: ['duration', 'day'], tagen: ['duration', 'day'],
  horas: ['duration', 'hour'], heures: ['duration', 'hour'], stunden: ['duration', 'hour'],
  mw: ['quantity', 'MW'], gw: ['quantity', 'GW'], kw: ['quantity', 'kW'], tw: ['quantity', 'TW'],
  mwh: ['quantity', 'MWh'], gwh: ['quantity', 'GWh'], twh: ['quantity', 'TWh'], kwh: ['quantity', 'kWh'],
  megawatts: ['quantity', 'MW'], megawatt: ['quantity', 'MW'], gigawatts: ['quantity', 'GW'], gigawatt: ['quantity', 'GW'],
  km: ['quantity', 'km'], kilometres: ['quantity', 'km'], kilometers: ['quantity', 'km'], kilometer: ['quantity', 'km'],
  kg: ['quantity', 'kg'], tons: ['quantity', 't'], tonnes: ['quantity', 't'], ton: ['quantity', 't'],
  'basis points': ['quantity', 'bp'], 'basis point': ['quantity', 'bp'], bps: ['quantity', 'bp'], 'basis poin': ['quantity', 'bp'],
  petaflops: ['quantity', 'PFLOPS'], exaflops: ['quantity', 'EFLOPS'], gpus: ['count', 'GPU'], gpu: ['count', 'GPU'], chips: ['count', 'chip'], cip: ['count', 'chip'],
  // Count nouns: they make a written-out number a figure ("twenty versions", "sepuluh ribu unit").
  versions: ['count', 'version'], versi: ['count', 'version'], units: ['count', 'unit'], unit: ['count', 'unit'],
  workers: ['count', 'worker'], pekerja: ['count', 'worker'], employees: ['count', 'employee'], karyawan: ['count', 'employee'],
  staff: ['count', 'employee'], pegawai: ['count', 'employee'], buruh: ['count', 'worker'],
  jobs: ['count', 'job'], roles: ['count', 'job'], positions: ['count', 'job'], posts: ['count', 'job'], 'lapangan kerja': ['count', 'job'],
  people: ['count', 'person'], orang: ['count', 'person'], persons: ['count', 'person'], jiwa: ['count', 'person'],
  companies: ['count', 'company'], firms: ['count', 'company'], perusahaan: ['count', 'company'],
  robots: ['count', 'robot'], robot: ['count', 'robot'], bosses: ['count', 'boss'], bos: ['count', 'boss'],
  leaders: ['count', 'leader'], executives: ['count', 'executive'], eksekutif: ['count', 'executive'],
  systems: ['count', 'system'], sistem: ['count', 'system'], countries: ['count', 'country'], negara: ['count', 'country'],
  users: ['count', 'user'], pengguna: ['count', 'user'], students: ['count', 'student'], siswa: ['count', 'student'], mahasiswa: ['count', 'student'],
  radiologists: ['count', 'radiologist'], layoffs: ['count', 'layoff'], cuts: ['count', 'cut'],
  lots: ['count', 'lot'], lot: ['count', 'lot'],
};

/** Units glued to digits ("500MW", "16h"), case-sensitive. */
export const GLUED_UNITS: Record<string, [UnitKind, string]> = {
  MW: ['quantity', 'MW'], GW: ['quantity', 'GW'], kW: ['quantity', 'kW'], TW: ['quantity', 'TW'], MWh: ['quantity', 'MWh'],
  GWh: ['quantity', 'GWh'], TWh: ['quantity', 'TWh'], kWh: ['quantity', 'kWh'], km: ['quantity', 'km'], kg: ['quantity', 'kg'],
  h: ['duration', 'hour'],
};

/** Per-unit tails: "per tahun", "a year", "sehari". Value is the unit of time or thing. */
export const PER_WORDS: Record<string, string> = {
  'per year': 'year', 'a year': 'year', 'each year': 'year', 'every year': 'year', 'per annum': 'year', 'annually': 'year', 'per tahun': 'year', 'setahun': 'year', 'tiap tahun': 'year', 'setiap tahun': 'year',
  'per month': 'month', 'a month': 'month', 'per bulan': 'month', 'sebulan': 'month', 'tiap bulan': 'month',
  'per week': 'week', 'a week': 'week', 'per minggu': 'week', 'seminggu': 'week', 'per pekan': 'week', 'sepekan': 'week',
  'per day': 'day', 'a day': 'day', 'each day': 'day', 'per hari': 'day', 'sehari': 'day',
  'per hour': 'hour', 'an hour': 'hour', 'per jam': 'hour',
  'per unit': 'unit', 'each': 'unit', 'apiece': 'unit', 'per person': 'person', 'per orang': 'person', 'per capita': 'person', 'per kapita': 'person',
  'per share': 'share', 'a share': 'share', 'per saham': 'share', 'por año': 'year', 'al año': 'year', 'por ano': 'year', 'par an': 'year', 'pro jahr': 'year',
  '/year': 'year', '/yr': 'year', '/month': 'month', '/day': 'day', '/hour': 'hour', '/unit': 'unit',
};

/** Vague multiples: "hundreds of billions", "ribuan pekerja". The value is the lower bound. */
export const VAGUE_MULTIPLES: Record<string, number> = {
  dozens: 12, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
  puluhan: 10, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, triliunan: 1e12,
};

/** Single words for "one <unit of time>" in Indonesian. */
export const ID_SE_UNITS: Record<string, string> = { seminggu: 'week', sepekan: 'week', sebulan: 'month', setahun: 'year' };

/** "twofold", "tenfold". */
export const FOLD_WORDS: Record<string, number> = {
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10, hundredfold: 100,
};

/** Verbs and nouns of multiplying: "quadrupled", "a tripling of", "nearly doubled". */
export const MULTIPLY_WORDS: Record<string, number> = {
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, trebled: 3, trebling: 3, quadrupled: 4, quadrupling: 4, quintupled: 5, quintupling: 5,
};

/** Unicode fraction characters. */
export const VULGAR_FRACTIONS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'januari', 'februari', 'maret', 'mei', 'juni', 'juli', 'agustus', 'oktober', 'desember', 'agu', 'okt', 'des',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juli', 'oktober', 'dezember',
];

/** Words before a number that make it a reference, not a quantity. */
export const REFERENCE_WORDS = [
  'page', 'pages', 'p.', 'pp.', 'chapter', 'section', 'article', 'figure', 'fig.', 'table', 'no.', 'number', 'nomor', 'nomer', 'halaman', 'hal.', 'bab', 'pasal', 'ayat',
  'version', 'versi', 'ver.', 'v', 'episode', 'season', 'musim', 'room', 'ruang', 'kamar', 'gate', 'platform', 'route', 'rute', 'jalur', 'line', 'level', 'lantai',
  'pukul', 'vol.', 'issue', 'edisi', 'rt', 'rw', 'kode', 'code', 'tel.', 'telp.', 'phone', 'telepon', 'hp', 'wa', 'footnote', 'note', 'catatan', 'kaki',
  'isbn', 'issn', 'doi', 'pmid', 'arxiv', 'verse', 'paragraph', 'paragraf', 'clause', 'item', 'step', 'langkah', 'tahap', 'gen', 'generation', 'generasi', 'seri', 'series', 'tipe', 'type', 'model', 'jl.',
  'grau', 'nível', 'nivel', 'niveau', 'stufe',
];

