/**
 * Word lists for reading numbers as people write them. Data only: the parsers in this folder
 * decide how the words combine.
 */

/** English number words that stand for a value on their own. */
export const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Indonesian digits and the se- forms that already carry "one". */
export const ID_UNITS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
export const ID_ONE_FORMS: Record<string, [number, string]> = {
  sepuluh: [1, 'puluh'], sebelas: [1, 'belas'], seratus: [1, 'ratus'], seribu: [1, 'ribu'],
  sejuta: [1, 'juta'], semiliar: [1, 'miliar'], setriliun: [1, 'triliun'],
};

/** Scale words, all languages, lower case. Values multiply what stands before them. */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12,
  ratus: 100, ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12,
  // Spanish, Portuguese, French, German: a first step for readers of those sites.
  mil: 1e3, millones: 1e6, millón: 1e6, milhões: 1e6, milhão: 1e6, bilhões: 1e9, bilhão: 1e9,
  millards: 1e9, milliard: 1e9, milliards: 1e9, millier: 1e3, milliers: 1e3,
  tausend: 1e3, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billionen: 1e12,
};

/** Abbreviated scales glued to or right after digits ("$4.5tn", "80k", "35 bn"). Case matters for M/B/T. */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, mln: 1e6, b: 1e9, B: 1e9, bn: 1e9, t: 1e12, T: 1e12, tn: 1e12, trn: 1e12,
};

/** Words that make a number a percent. */
export const PERCENT_WORDS = ['percent', 'per cent', 'persen', 'prosen', 'pct', 'por ciento', 'por cento', 'pour cent', 'prozent', 'percentage points', 'percentage point', 'poin persentase'];

/** Currency written before the number. Longest first. */
export const CURRENCY_PREFIXES: [string, string][] = [
  ['US$', 'USD'], ['USD', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['HK$', 'HKD'], ['NZ$', 'NZD'],
  ['Rp.', 'IDR'], ['Rp', 'IDR'], ['IDR', 'IDR'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CNY', 'CNY'],
  ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'],
];

/** Currency written after the number, lower case. Longest first matters only for shared starts. */
export const CURRENCY_WORDS: Record<string, string> = {
  'us dollars': 'USD', 'us dollar': 'USD', 'u.s. dollars': 'USD', 'dolar as': 'USD', 'dolar amerika': 'USD', 'dolar amerika serikat': 'USD',
  dollars: 'USD', dollar: 'USD', dolar: 'USD', usd: 'USD', rupiah: 'IDR', idr: 'IDR', euros: 'EUR', euro: 'EUR', eur: 'EUR',
  pounds: 'GBP', pound: 'GBP', 'pounds sterling': 'GBP', gbp: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR',
  ringgit: 'MYR', 'dólares': 'USD', 'dólar': 'USD', 'reais': 'BRL', 'real': 'BRL', 'euro-': 'EUR', '€': 'EUR', '$': 'USD',
};

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
  mw: ['quantity', 'MW'], gw: ['quantity', 'GW'], kw: ['quantity', 'kW'], tw: ['quantity', 'TW'],
  mwh: ['quantity', 'MWh'], gwh: ['quantity', 'GWh'], twh: ['quantity', 'TWh'], kwh: ['quantity', 'kWh'],
  megawatts: ['quantity', 'MW'], megawatt: ['quantity', 'MW'], gigawatts: ['quantity', 'GW'], gigawatt: ['quantity', 'GW'],
  km: ['quantity', 'km'], kilometres: ['quantity', 'km'], kilometers: ['quantity', 'km'], kilometer: ['quantity', 'km'],
  kg: ['quantity', 'kg'], tons: ['quantity', 't'], tonnes: ['quantity', 't'], ton: ['quantity', 't'],
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
};

/** Units glued to digits ("500MW", "16h"), case-sensitive. */
export const GLUED_UNITS: Record<string, [UnitKind, string]> = {
  MW: ['quantity', 'MW'], GW: ['quantity', 'GW'], kW: ['quantity', 'kW'], TW: ['quantity', 'TW'], MWh: ['quantity', 'MWh'],
  GWh: ['quantity', 'GWh'], TWh: ['quantity', 'TWh'], kWh: ['quantity', 'kWh'], km: ['quantity', 'km'], kg: ['quantity', 'kg'],
};

/** Per-unit tails: "per tahun", "a year", "sehari". Value is the unit of time or thing. */
export const PER_WORDS: Record<string, string> = {
  'per year': 'year', 'a year': 'year', 'each year': 'year', 'every year': 'year', 'per annum': 'year', 'annually': 'year', 'per tahun': 'year', 'setahun': 'year', 'tiap tahun': 'year', 'setiap tahun': 'year',
  'per month': 'month', 'a month': 'month', 'per bulan': 'month', 'sebulan': 'month', 'tiap bulan': 'month',
  'per week': 'week', 'a week': 'week', 'per minggu': 'week', 'seminggu': 'week', 'per pekan': 'week', 'sepekan': 'week',
  'per day': 'day', 'a day': 'day', 'each day': 'day', 'per hari': 'day', 'sehari': 'day',
  'per hour': 'hour', 'an hour': 'hour', 'per jam': 'hour',
  'per unit': 'unit', 'each': 'unit', 'apiece': 'unit', 'per person': 'person', 'per orang': 'person', 'per capita': 'person', 'per kapita': 'person',
  '/year': 'year', '/yr': 'year', '/month': 'month', '/day': 'day', '/hour': 'hour', '/unit': 'unit',
};

/** Approximation and bound words before a number. Lower case; longest first is handled by the reader. */
export const APPROX_WORDS: string[] = [
  'almost', 'nearly', 'about', 'around', 'approximately', 'roughly', 'some', 'close to', 'more than', 'over', 'at least',
  'up to', 'under', 'less than', 'fewer than', 'as many as', 'as much as', 'as few as', 'just over', 'just under', 'well over',
  'no more than', 'no less than', 'at most', 'an estimated', 'estimated', 'hampir', 'nyaris', 'sekitar', 'kira-kira', 'kurang lebih',
  'lebih dari', 'kurang dari', 'setidaknya', 'sedikitnya', 'paling sedikit', 'paling banyak', 'maksimal', 'minimal', 'sebanyak',
  'hingga', 'sampai', 'di atas', 'di bawah', 'casi', 'cerca de', 'más de', 'menos de', 'quase', 'cerca de', 'mais de', 'presque', 'environ',
  'plus de', 'moins de', 'fast', 'rund', 'etwa', 'mehr als', 'weniger als', 'über',
];

/** Vague multiples: "hundreds of billions", "ribuan pekerja". The value is the lower bound. */
export const VAGUE_MULTIPLES: Record<string, number> = {
  dozens: 12, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
  puluhan: 10, ratusan: 100, ribuan: 1e3, jutaan: 1e6, miliaran: 1e9, triliunan: 1e12,
};

/** English fractions. */
export const EN_FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, sixth: 1 / 6, sixths: 1 / 6, eighth: 1 / 8, eighths: 1 / 8, tenth: 1 / 10, tenths: 1 / 10,
};

/** Indonesian fractions: "per" + denominator, with se- for one. */
export const ID_FRACTION_DENOMINATORS: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, delapan: 8, sepuluh: 10, seratus: 100 };

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
  'pukul', 'vol.', 'issue', 'edisi', 'rt', 'rw', 'kode', 'code', 'tel.', 'telp.', 'phone', 'telepon', 'hp', 'wa',
];
