/**
 * How money is written around a number: symbols, prefixes, ISO 4217 codes, currency names and
 * minor units. Data only; core/claims/read-money.ts decides where each may stand.
 * A name shared by several currencies with none dominant ("dinars", "rials", "pesos") maps to
 * null: the amount is money, but which money the text does not say.
 */

/** Symbols, written before or after the number. "$" alone is read as the US dollar. */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₱': 'PHP', '₺': 'TRY', '₽': 'RUB', '₫': 'VND', '฿': 'THB',
  '₪': 'ILS', '₦': 'NGN', '₴': 'UAH',
};

/** Letters glued before "$" that say which dollar ("US$", "HK$", "C$", "Mex$"). Lower case; matched case-insensitively. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', s: 'SGD', sg: 'SGD', hk: 'HKD', nz: 'NZD', nt: 'TWD',
  r: 'BRL', mex: 'MXN', mx: 'MXN',
};
/**
 * The same prefixes when a space separates them from "$" ("US $150 million", tokenised "hk $ 10"). Only those that
 * cannot be an ordinary word: "a $5 million deal" is an article, and "cost us $5" a pronoun, so "A" and "us" are missing.
 */
export const SPACED_DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD', 'U.S.': 'USD', 'U.S': 'USD', 'u.s.': 'USD', 'u.s': 'USD', HK: 'HKD', hk: 'HKD', NZ: 'NZD', C: 'CAD', c: 'CAD',
};

/** Letter prefixes other than ISO codes, case-sensitive: "Rp 5.000", "Rp. 315,00", "RM42", "Rs. 20". */
export const LETTER_PREFIXES: Record<string, string> = { Rp: 'IDR', 'Rp.': 'IDR', RM: 'MYR', Rs: 'INR', 'Rs.': 'INR' };

/** Letter suffixes after digits, glued or not, case-sensitive: "20Rp", "42 RM", "20Rs". ISO codes are added by the reader. */
export const LETTER_SUFFIXES: Record<string, string> = { Rp: 'IDR', RM: 'MYR', Rs: 'INR' };

/**
 * ISO 4217 codes read in capitals before or after a number ("USD 200", "42 SAR", "115USD"). Codes that are
 * also common words or names in capitals are left out: ALL, TOP, CUP, PEN, SOS, MAD, BOB, GEL, BAM, AMD,
 * COP (the climate conferences), PHP (the language) and MOP.
 */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'IDR', 'MYR', 'SGD', 'THB', 'VND', 'KRW', 'HKD', 'TWD', 'AUD', 'NZD', 'CAD', 'CHF',
  'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'RUB', 'UAH', 'TRY', 'BRL', 'MXN', 'ARS', 'CLP', 'ZAR', 'NGN',
  'EGP', 'KES', 'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'ILS', 'PKR', 'BDT', 'LKR', 'MNT', 'LBP', 'IRR', 'IQD', 'BND',
]);
/** Not ISO, but written like a code: renminbi. */
export const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

/** Currency names and codes after a number, lower case. The reader takes the longest that matches. */
export const CURRENCY_WORDS: Record<string, string | null> = {
  dollars: 'USD', dollar: 'USD', dolar: 'USD', 'dólares': 'USD', 'dólar': 'USD',
  'us dollars': 'USD', 'us dollar': 'USD', 'u.s. dollars': 'USD', 'u.s. dollar': 'USD', 'american dollars': 'USD',
  'dolar as': 'USD', 'dolar amerika': 'USD', 'dolar amerika serikat': 'USD',
  'australian dollars': 'AUD', 'australian dollar': 'AUD', 'dolar australia': 'AUD', 'canadian dollars': 'CAD', 'canadian dollar': 'CAD',
  'singapore dollars': 'SGD', 'singapore dollar': 'SGD', 'dolar singapura': 'SGD', 'hong kong dollars': 'HKD', 'hong kong dollar': 'HKD',
  'dolar hong kong': 'HKD', 'new zealand dollars': 'NZD', 'new taiwan dollars': 'TWD', 'taiwan dollars': 'TWD',
  usd: 'USD', idr: 'IDR', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', sgd: 'SGD', myr: 'MYR', inr: 'INR', aud: 'AUD',
  cad: 'CAD', chf: 'CHF', hkd: 'HKD', krw: 'KRW',
  euros: 'EUR', euro: 'EUR', '€ur': 'EUR',
  pounds: 'GBP', pound: 'GBP', 'pounds sterling': 'GBP', 'pound sterling': 'GBP', sterling: 'GBP', 'british pounds': 'GBP',
  'lebanese pounds': 'LBP', 'lebanese pound': 'LBP', 'egyptian pounds': 'EGP', 'egyptian pound': 'EGP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', 'chinese yuan': 'CNY', rupiah: 'IDR', rupees: 'INR', rupee: 'INR', 'indian rupees': 'INR',
  ringgit: 'MYR', ringgits: 'MYR', 'malaysian ringgit': 'MYR', 'malaysian ringgits': 'MYR', 'malaysia ringgit': 'MYR', 'malaysia ringgits': 'MYR',
  baht: 'THB', 'swiss francs': 'CHF', 'swiss franc': 'CHF', francs: 'CHF', franc: 'CHF', 'french francs': 'FRF',
  'kuwaiti dinars': 'KWD', 'kuwaiti dinar': 'KWD', 'bahraini dinars': 'BHD', 'bahraini dinar': 'BHD', 'jordanian dinars': 'JOD',
  'jordanian dinar': 'JOD', 'iraqi dinars': 'IQD', 'iraqi dinar': 'IQD', dinars: null, dinar: null,
  riyals: 'SAR', riyal: 'SAR', 'saudi riyals': 'SAR', 'saudi riyal': 'SAR', 'qatari riyals': 'QAR', 'qatari riyal': 'QAR',
  rials: null, rial: null, 'omani rials': 'OMR', 'omani rial': 'OMR', 'iranian rials': 'IRR', 'iranian rial': 'IRR',
  shekels: 'ILS', shekel: 'ILS', 'new shekels': 'ILS', lira: 'TRY', liras: 'TRY', 'turkish lira': 'TRY', 'turkish liras': 'TRY',
  tugriks: 'MNT', tugrik: 'MNT', hryvnias: 'UAH', hryvnia: 'UAH', rubles: 'RUB', ruble: 'RUB', roubles: 'RUB', rouble: 'RUB',
  reais: 'BRL', 'brazilian reais': 'BRL', rand: 'ZAR', naira: 'NGN', dirhams: 'AED', dirham: 'AED', 'kenyan shillings': 'KES',
  pesos: null, peso: null, 'mexican pesos': 'MXN', 'philippine pesos': 'PHP', 'argentine pesos': 'ARS', kronor: 'SEK', krona: 'SEK',
  zloty: 'PLN', zlotys: 'PLN', forints: 'HUF', forint: 'HUF',
  // Currencies replaced by the euro, still met in older reporting.
  markka: 'FIM', markkas: 'FIM', 'finnish markka': 'FIM', 'finnish markkas': 'FIM', guilders: 'NLG', guilder: 'NLG', 'dutch guilders': 'NLG',
  'dutch guilder': 'NLG', pesetas: 'ESP', peseta: 'ESP', 'deutsche marks': 'DEM',
  libras: 'GBP', 'libras esterlinas': 'GBP', franken: 'CHF', pfund: 'GBP',
};

/**
 * Minor units: the amount is a hundredth of the currency. Alone ("50 cents") they take the currency given
 * here; after a major amount ("3 dollars 50 cents", "20 ringgit dan 43 sen") they take the major's.
 * `alone: false` marks those read only after a major amount.
 */
export const MINOR_UNITS: Record<string, { code: string | null; alone: boolean }> = {
  cents: { code: 'USD', alone: true }, cent: { code: 'USD', alone: true }, '¢': { code: 'USD', alone: true },
  pence: { code: 'GBP', alone: true }, penny: { code: 'GBP', alone: true }, pennies: { code: 'GBP', alone: true },
  sen: { code: null, alone: false }, sens: { code: null, alone: false }, centavos: { code: null, alone: false }, centimes: { code: null, alone: false },
  kopiykas: { code: 'UAH', alone: false }, kopiyka: { code: 'UAH', alone: false }, kopecks: { code: 'RUB', alone: false }, kopeks: { code: 'RUB', alone: false },
  c: { code: null, alone: false },
};

/** Words between a scale and the currency in Romance languages: "1,5 millones de euros", "2 milliards d'euros". */
export const CURRENCY_LINKS = ['de ', "d'", 'd’', 'di '];
