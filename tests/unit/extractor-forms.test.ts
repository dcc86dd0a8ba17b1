/**
 * Numbers as people write them: one or two sentences per form, in English and Indonesian, and a
 * first step in Spanish, Portuguese, French and German.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/claims/claim-types.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { findNumberMentionsInSlices } from '../../bench/scan-in-slices.ts';

const claims = (text: string, lang: string): Claim[] => findNumberMentions(text, { lang });

/** The only claim in `text`. */
function only(text: string, lang: string): Claim {
  const found = claims(text, lang);
  expect(found.map((c) => c.text), text).toHaveLength(1);
  return found[0]!;
}

const figureOf = (text: string, c: Claim): string => text.slice(c.figureStart!, c.figureEnd!);

describe('digits with the separators of each language', () => {
  it('reads English grouping and decimals', () => {
    expect(only('The survey covered 1,500 workers.', 'en')).toMatchObject({ value: 1500, unit: 'worker', kind: 'count' });
    expect(only('The index closed at 1,674,200.5 after the news.', 'en')).toMatchObject({ text: '1,674,200.5', value: 1674200.5 });
    expect(only('Output rose by 1,500.5 tonnes.', 'en')).toMatchObject({ value: 1500.5, unit: 't' });
    expect(only('Each line makes 4.800 units per hour.', 'en')).toMatchObject({ value: 4.8, per: 'hour' });
    expect(only('Only 1.5 workers per robot remain.', 'en')).toMatchObject({ value: 1.5 });
  });

  it('reads Indonesian grouping and decimals', () => {
    expect(only('Pabrik itu mempekerjakan 1.500 buruh.', 'id')).toMatchObject({ value: 1500, unit: 'worker' });
    expect(only('Nilainya mencapai 1.500,5 triliun.', 'id')).toMatchObject({ value: 1500.5e12 });
    expect(only('Inflasi bulan lalu 1,5 persen.', 'id')).toMatchObject({ value: 1.5, kind: 'percent' });
    // "1.5" cannot be a thousands group: a writer using the other style.
    expect(only('Pertumbuhan 1.5 persen tahun ini.', 'id')).toMatchObject({ value: 1.5 });
  });

  it('reads space-grouped digits and decimals that start with a mark', () => {
    expect(only('The city has 1 234 567 residents.', 'en')).toMatchObject({ value: 1234567 });
    expect(only('Blood alcohol above .08 is illegal.', 'en')).toMatchObject({ value: 0.08 });
  });
});

describe('numbers in words', () => {
  it('reads English words up to trillions, with compounds', () => {
    expect(only('The plant will employ two hundred and fifty thousand people.', 'en')).toMatchObject({ value: 250000, unit: 'person' });
    expect(only('Forty-two companies signed the pledge.', 'en')).toMatchObject({ value: 42, unit: 'company' });
    expect(only('It listed one hundred and twenty vacancies.', 'en')).toMatchObject({ text: 'one hundred and twenty', value: 120 });
    expect(only('The market could reach three trillion dollars.', 'en')).toMatchObject({ value: 3e12, kind: 'money', unit: 'USD' });
    expect(only('Some twenty-one million three hundred thousand jobs were counted.', 'en')).toMatchObject({ value: 21_300_000, approx: true });
    expect(only('About one and a half million jobs moved.', 'en')).toMatchObject({ value: 1.5e6 });
  });

  it('reads Indonesian words, with teens, tens and scales', () => {
    expect(only('Sebanyak seratus dua puluh lima orang hadir.', 'id')).toMatchObject({ value: 125, unit: 'person' });
    expect(only('Perusahaan itu memiliki sebelas ribu karyawan.', 'id')).toMatchObject({ value: 11000, unit: 'employee' });
    expect(only('Dana bantuan satu setengah juta rupiah per keluarga.', 'id')).toMatchObject({ value: 1.5e6, kind: 'money', unit: 'IDR' });
    expect(only('Mereka bekerja tujuh belas jam sehari.', 'id')).toMatchObject({ value: 17, unit: 'hour', per: 'day' });
    // An acronym before a count is a subject, not a model name.
    expect(only('Pabrik itu PHK 6.000 karyawan.', 'id')).toMatchObject({ value: 6000, unit: 'employee' });
  });

  it('does not add up words that are two numbers', () => {
    // "dua tiga" is "two or three"; neither is a figure alone.
    expect(claims('Dua tiga orang datang terlambat.', 'id')).toEqual([]);
    expect(claims('She counted one, two, three on her fingers.', 'en')).toEqual([]);
  });
});

describe('digits with scale words and currencies', () => {
  it('reads mixed forms', () => {
    expect(only('Sebanyak 1,5 juta pekerja terdampak.', 'id')).toMatchObject({ value: 1.5e6, unit: 'worker' });
    expect(only('Analysts value the market at $4.5tn.', 'en')).toMatchObject({ value: 4.5e12, kind: 'money', unit: 'USD' });
    expect(only('AI could displace 3.5 million jobs.', 'en')).toMatchObject({ value: 3.5e6, unit: 'job' });
    expect(only('Investasi itu senilai US$2,3 miliar.', 'id')).toMatchObject({ value: 2.3e9, kind: 'money', unit: 'USD' });
    expect(only('Biaya administrasi Rp. 315,00 saja.', 'id')).toMatchObject({ value: 315, unit: 'IDR' });
    expect(only('The deal was worth $ 75 million.', 'en')).toMatchObject({ text: '$ 75 million', value: 75e6 });
    expect(only('Tickets cost 20 euros each.', 'en')).toMatchObject({ value: 20, unit: 'EUR', per: 'unit' });
    expect(only('The club lost £1.2bn.', 'en')).toMatchObject({ value: 1.2e9, unit: 'GBP' });
    expect(only('The grant totals 10 bln rupees.', 'en')).toMatchObject({ value: 1e10, unit: 'INR' });
    expect(only('A salary of 80k is typical.', 'en')).toMatchObject({ value: 80000 });
  });

  it('reads minor units as a part of the currency', () => {
    expect(only('The fee rose by 50 cents.', 'en')).toMatchObject({ value: 0.5, kind: 'money', unit: 'USD' });
    expect(only('It cost 3 dollars 50 cents.', 'en')).toMatchObject({ text: '3 dollars 50 cents', value: 3.5 });
  });
});

describe('fractions and ratios', () => {
  it('reads English fractions and ratios', () => {
    expect(only('Half of all workers use AI weekly.', 'en')).toMatchObject({ kind: 'fraction', value: 0.5 });
    expect(only('Two-thirds of firms plan cuts.', 'en').value).toBeCloseTo(2 / 3, 9);
    expect(only('A quarter of jobs are exposed.', 'en')).toMatchObject({ text: 'A quarter', value: 0.25 });
    expect(only('One in four workers fear AI.', 'en')).toMatchObject({ text: 'One in four', value: 0.25 });
    expect(only('1 in 5 managers agree.', 'en')).toMatchObject({ value: 0.2 });
    expect(claims('Only one in ten firms use AI, up from one in twenty.', 'en').map((c) => c.value)).toEqual([0.1, 0.05]);
    expect(only('Only 3/4 of staff returned.', 'en')).toMatchObject({ value: 0.75 });
  });

  it('reads Indonesian fractions and ratios', () => {
    expect(only('Setengah dari pekerja memakai AI.', 'id')).toMatchObject({ kind: 'fraction', value: 0.5 });
    expect(only('Sepertiga perusahaan menunda rekrutmen.', 'id').value).toBeCloseTo(1 / 3, 9);
    expect(only('Dua pertiga karyawan setuju.', 'id').value).toBeCloseTo(2 / 3, 9);
    expect(only('Satu dari empat pekerja khawatir.', 'id')).toMatchObject({ value: 0.25 });
  });

  it('keeps "half" and "a third" that are not shares out', () => {
    expect(claims('The other half of the team stayed home.', 'en')).toEqual([]);
    expect(claims('He is running for a third term.', 'en')).toEqual([]);
    expect(claims('Over half a century ago the plant opened.', 'en').filter((c) => c.kind === 'fraction')).toEqual([]);
  });
});

describe('multipliers', () => {
  it('reads x, times and kali lipat', () => {
    expect(only('The new chip is 3x faster.', 'en')).toMatchObject({ kind: 'multiplier', value: 3 });
    expect(only('Output grew three times faster than wages.', 'en')).toMatchObject({ kind: 'multiplier', value: 3 });
    expect(only('Revenue rose fourfold.', 'en')).toMatchObject({ kind: 'multiplier', value: 4 });
    expect(only('Produktivitas naik 2,5 kali lipat.', 'id')).toMatchObject({ kind: 'multiplier', value: 2.5 });
  });
});

describe('per unit', () => {
  it('reads what a figure is counted per', () => {
    expect(only('Gajinya Rp 5 juta per tahun.', 'id')).toMatchObject({ value: 5e6, per: 'year' });
    expect(only('Engineers earn $120,000 a year.', 'en')).toMatchObject({ value: 120000, per: 'year' });
    expect(only('Robots cost $20,000 per unit.', 'en')).toMatchObject({ value: 20000, per: 'unit' });
    expect(only('Kapasitasnya sepuluh ribu unit per bulan.', 'id')).toMatchObject({ value: 10000, per: 'month' });
  });
});

describe('ranges and changes', () => {
  it('reads ranges', () => {
    expect(only('Adoption will take 10 to 20 years.', 'en')).toMatchObject({ kind: 'range', range: [10, 20], unit: 'year', value: null });
    expect(only('Margins sit between 20% and 30%.', 'en')).toMatchObject({ text: 'between 20% and 30%', range: [20, 30], unit: '%' });
    expect(only('Kenaikan upah 20-30 persen.', 'id')).toMatchObject({ range: [20, 30], unit: '%' });
    expect(only('Salaries range from $80k to $120k.', 'en')).toMatchObject({ kind: 'range', range: [80000, 120000], unit: 'USD' });
    expect(only('Harganya sekitar 1.000 hingga 10.000 Rupiah.', 'id')).toMatchObject({ kind: 'range', range: [1000, 10000], unit: 'IDR', approx: true });
    expect(only('It will take three to four months.', 'en')).toMatchObject({ range: [3, 4], unit: 'month' });
    expect(only('Costs rose 10 to 20 million dollars.', 'en')).toMatchObject({ range: [10e6, 20e6] });
  });

  it('reads changes', () => {
    expect(only('Salaries rose from $80k to $120k.', 'en')).toMatchObject({ kind: 'change', change: { from: 80000, to: 120000 }, direction: 'up' });
    expect(only('Pangsa GPU naik dari 10% menjadi 90%.', 'id')).toMatchObject({ text: 'dari 10% menjadi 90%', change: { from: 10, to: 90 } });
    expect(only('Angka itu turun menjadi 15%.', 'id')).toMatchObject({ kind: 'change', change: { from: null, to: 15 }, direction: 'down' });
    expect(only('Unemployment fell to 4.2%.', 'en')).toMatchObject({ text: 'fell to 4.2%', change: { from: null, to: 4.2 } });
    expect(only('Unemployment rose to 5.8% from 4.4% a year earlier.', 'en')).toMatchObject({ text: 'rose to 5.8% from 4.4%', change: { from: 4.4, to: 5.8 }, direction: 'up' });
  });

  it('joins a lower and an upper bound into one range', () => {
    expect(only('Scores were more than 10 and less than 40.', 'en')).toMatchObject({ kind: 'range', range: [10, 40], approx: true });
    expect(claims('More than 40 and less than 10 are two ranges.', 'en').map((c) => c.bound)).toEqual([[40, null], [null, 10]]);
  });
});

describe('signs and movements', () => {
  it('keeps a written sign in the value and says which way it moves', () => {
    expect(only('Saham ETH -0,87% hari ini.', 'id')).toMatchObject({ text: '-0,87%', value: -0.87, direction: 'down' });
    expect(only('Saham BTC +2,41% hari ini.', 'id')).toMatchObject({ text: '+2,41%', value: 2.41, direction: 'up' });
    expect(only('Profits were up 94% on the year.', 'en')).toMatchObject({ text: '94%', value: 94, direction: 'up' });
    expect(only('Penjualan turun 3,5 persen.', 'id')).toMatchObject({ value: 3.5, direction: 'down' });
    expect(only('Hiring fell by 12% in March.', 'en')).toMatchObject({ value: 12, direction: 'down' });
    expect(only('The answer is minus 5.', 'en')).toMatchObject({ text: 'minus 5', value: -5 });
  });

  it('does not take "made up" or "set up" for a movement', () => {
    expect(only('Writers made up 55% of the staff.', 'en').direction).toBeUndefined();
    expect(only('They set up 5 factories.', 'en').direction).toBeUndefined();
  });
});

describe('approximations and bounds', () => {
  it('marks approximations', () => {
    expect(only('AI affects almost 40% of jobs.', 'en')).toMatchObject({ text: 'almost 40%', approx: true });
    expect(only('AI mempengaruhi hampir 40% pekerjaan.', 'id')).toMatchObject({ text: 'hampir 40%', approx: true });
    expect(only('AI mempengaruhi hampir 40% pekerjaan.', 'id').bound).toBeUndefined();
  });

  it('marks bounds and says which side', () => {
    expect(only('The firm hired more than 500 engineers.', 'en')).toMatchObject({ text: 'more than 500', approx: true, bound: [500, null] });
    expect(only('Nissan may cut up to 700 jobs.', 'en')).toMatchObject({ text: 'up to 700 jobs', bound: [null, 700] });
    expect(only('Perusahaan itu punya lebih dari 1.000 karyawan.', 'id')).toMatchObject({ bound: [1000, null], unit: 'employee' });
    expect(only('Pengangguran bisa naik hingga 20 persen.', 'id')).toMatchObject({ text: 'hingga 20 persen', bound: [null, 20] });
    expect(only('Tiketnya kurang dari 7 euro.', 'id')).toMatchObject({ kind: 'money', unit: 'EUR', bound: [null, 7] });
    expect(only('Applicants need 5 years or more of experience.', 'en')).toMatchObject({ bound: [5, null], unit: 'year' });
    expect(only('He has worked there for over ten years.', 'en')).toMatchObject({ bound: [10, null] });
  });

  it('gives the figure itself apart from its qualifier and noun', () => {
    const text = 'The startup raised about $14 million in seed funding from 120 investors.';
    const [money, investors] = claims(text, 'en');
    expect(money!.text).toBe('about $14 million');
    expect(figureOf(text, money!)).toBe('$14 million');
    expect(figureOf(text, investors!)).toBe('120');
  });
});

describe('slices', () => {
  it('give the same claims, offsets and figures as one pass over the whole text', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Line ${i}: about $${i + 1}.5 million, up ${i}% from 10 to 20 years.`).join('\n');
    const whole = findNumberMentions(text, { lang: 'en' });
    const sliced = [...findNumberMentionsInSlices(text, { lang: 'en' }, 300)].flat();
    expect(sliced).toEqual(whole);
    for (const c of sliced) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('Spanish, Portuguese, French and German', () => {
  it('reads Spanish', () => {
    expect(only('La empresa invirtió 1,5 millones de euros.', 'es')).toMatchObject({ value: 1.5e6, kind: 'money', unit: 'EUR' });
    expect(only('El desempleo llegó al 12,5 por ciento.', 'es')).toMatchObject({ value: 12.5, kind: 'percent' });
    expect(only('El fondo suma 3.000 millones de dólares.', 'es')).toMatchObject({ value: 3e9, unit: 'USD' });
    expect(only('Hay más de 40.000 empleos en riesgo.', 'es')).toMatchObject({ value: 40000, bound: [40000, null] });
  });

  it('reads Portuguese', () => {
    expect(only('O governo anunciou 2,5 milhões de reais.', 'pt')).toMatchObject({ value: 2.5e6, unit: 'BRL' });
    expect(only('A taxa chegou a 30 por cento.', 'pt')).toMatchObject({ value: 30, kind: 'percent' });
    expect(only('São 1.200 trabalhadores na fábrica.', 'pt')).toMatchObject({ value: 1200 });
  });

  it('reads French', () => {
    expect(only("Un contrat de 6,3 milliards d'euros a été signé.", 'fr')).toMatchObject({ value: 6.3e9, unit: 'EUR' });
    expect(only('Le chômage atteint 7,5 % cette année.', 'fr')).toMatchObject({ value: 7.5, kind: 'percent' });
    expect(only('Le plan supprime 40 000 emplois.', 'fr')).toMatchObject({ value: 40000 });
    expect(only('Les ventes ont augmenté de 12 pour cent.', 'fr')).toMatchObject({ value: 12, kind: 'percent' });
  });

  it('reads German', () => {
    expect(only('Der Konzern investiert 3,5 Milliarden Euro.', 'de')).toMatchObject({ value: 3.5e9, unit: 'EUR' });
    expect(only('Die Quote stieg auf 12 Prozent.', 'de')).toMatchObject({ value: 12, kind: 'percent' });
    expect(only('Das Werk beschäftigt 1.500 Menschen.', 'de')).toMatchObject({ value: 1500 });
    // German "Billion" is 10^12.
    expect(only('Die Schulden liegen bei 2 Billionen Dollar.', 'de')).toMatchObject({ value: 2e12, unit: 'USD' });
  });
});
