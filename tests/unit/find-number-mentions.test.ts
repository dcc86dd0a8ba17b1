import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';

const read = (text: string, lang: string) =>
  findNumberMentions(text, { lang }).map((c) => ({ text: c.text, kind: c.kind, value: c.value, range: c.range, change: c.change, unit: c.unit, approx: c.approx }));

describe('Indonesian figures', () => {
  it('reads separators the Indonesian way', () => {
    expect(read('Pabrik itu mempekerjakan 1.500 pekerja dengan upah Rp 5.250.000 sebulan.', 'id')).toEqual([
      { text: '1.500 pekerja', kind: 'count', value: 1500, range: undefined, change: undefined, unit: 'worker', approx: false },
      { text: 'Rp 5.250.000 sebulan', kind: 'money', value: 5250000, range: undefined, change: undefined, unit: 'IDR', approx: false },
    ]);
    expect(read('Inflasi tercatat 4,76 persen.', 'id')[0]).toMatchObject({ text: '4,76 persen', kind: 'percent', value: 4.76 });
  });

  it('reads numbers written as words, with scales and units', () => {
    const claims = read('Harganya dua puluh ribu dolar per unit, dan mereka bekerja enam belas jam sehari.', 'id');
    expect(claims[0]).toMatchObject({ text: 'dua puluh ribu dolar per unit', kind: 'money', value: 20000, unit: 'USD' });
    expect(claims[1]).toMatchObject({ text: 'enam belas jam sehari', kind: 'duration', value: 16, unit: 'hour' });
    expect(read('Target satu miliar robot per tahun.', 'id')[0]).toMatchObject({ kind: 'count', value: 1e9 });
    expect(read('Sebanyak seratus dua puluh lima ribu orang hadir.', 'id')[0]).toMatchObject({ value: 125000, unit: 'person' });
    expect(read('Dana satu setengah juta rupiah.', 'id')[0]).toMatchObject({ value: 1.5e6, kind: 'money', unit: 'IDR' });
  });

  it('reads ranges and changes', () => {
    expect(read('dalam sepuluh hingga dua puluh tahun ke depan', 'id')[0]).toMatchObject({ text: 'sepuluh hingga dua puluh tahun', kind: 'range', value: null, range: [10, 20], unit: 'year' });
    expect(read('pangsanya melonjak dari 10% menjadi 90%', 'id')[0]).toMatchObject({ text: 'dari 10% menjadi 90%', kind: 'change', change: { from: 10, to: 90 } });
    expect(read('angka ini turun menjadi 15%', 'id')[0]).toMatchObject({ kind: 'change', change: { from: null, to: 15 } });
    expect(read('kenaikan 20-30 persen', 'id')[0]).toMatchObject({ kind: 'range', range: [20, 30], unit: '%' });
  });

  it('keeps approximations as a flag', () => {
    expect(read('AI mempengaruhi hampir 40% pekerjaan', 'id')[0]).toMatchObject({ text: 'hampir 40%', approx: true, value: 40 });
    expect(read('sekitar 750 bos', 'id')[0]).toMatchObject({ text: 'sekitar 750 bos', approx: true });
  });

  it('does not take small words for figures', () => {
    expect(read('Satu pihak berpendapat bahwa dua pemimpin teknologi berbeda pandangan.', 'id')).toEqual([]);
  });
});

describe('English figures', () => {
  it('reads money with scales', () => {
    expect(read('It raised $35.1 billion and spent $4.5bn.', 'en').map((c) => c.value)).toEqual([35.1e9, 4.5e9]);
    expect(read('a salary of US$2,300', 'en')[0]).toMatchObject({ kind: 'money', value: 2300, unit: 'USD' });
  });

  it('reads fractions, ratios and multipliers', () => {
    expect(read('Two-thirds of firms agree.', 'en')[0]).toMatchObject({ kind: 'fraction', text: 'Two-thirds' });
    expect(read('one in four workers', 'en')[0]).toMatchObject({ kind: 'fraction', value: 0.25 });
    expect(read('It is 3x faster.', 'en')[0]).toMatchObject({ kind: 'multiplier', value: 3 });
  });

  it('reads ranges and changes', () => {
    expect(read('in 10 to 20 years', 'en')[0]).toMatchObject({ kind: 'range', range: [10, 20], unit: 'year' });
    expect(read('from 10% to 90%', 'en')[0]).toMatchObject({ kind: 'change', change: { from: 10, to: 90 } });
    expect(read('between 20% and 30% higher', 'en')[0]).toMatchObject({ kind: 'range', range: [20, 30], text: 'between 20% and 30%' });
  });

  it('reads words as numbers', () => {
    expect(read('They worked sixteen hours a day for fifteen years.', 'en').map((c) => [c.value, c.unit])).toEqual([
      [16, 'hour'],
      [15, 'year'],
    ]);
    expect(read('two hundred and fifty thousand dollars', 'en')[0]).toMatchObject({ value: 250000, kind: 'money' });
  });
});

describe('what is not a claim', () => {
  const none = [
    ['In 2024 the plan changed.', 'en'],
    ['On November 19, 2025 they met.', 'en'],
    ['The call starts at 9:30 a.m. sharp.', 'en'],
    ['GPT-4 and iPhone 15 shipped during COVID-19.', 'en'],
    ['Call +62 21 555 1234 or 555-1234.', 'en'],
    ['Version 2.0.1 is out; see page 12 and footnote [3].', 'en'],
    ['The 1830s saw change; he came 3rd.', 'en'],
    ['Pada 17 Agustus 2025 pukul 09.30 WIB rapat dimulai.', 'id'],
    ['Daftar Top 500 superkomputer dunia.', 'id'],
    ['Laporan kuartal ketiga, tanggal 2025-11-24.', 'id'],
  ] as const;
  for (const [text, lang] of none) {
    it(`finds nothing in "${text}"`, () => expect(read(text, lang)).toEqual([]));
  }
  it('counts years used as durations', () => {
    expect(read('enam tahun lalu', 'id')[0]).toMatchObject({ kind: 'duration', value: 6, unit: 'year' });
    expect(read('in 10 years', 'en')[0]).toMatchObject({ kind: 'duration', value: 10 });
  });
});
