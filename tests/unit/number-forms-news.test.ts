/**
 * Number forms that news pages write and that once came apart or were misread, each in English
 * and Indonesian sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';

const claims = (text: string, lang: string) => findNumberMentions(text, { lang });

describe('ranges and changes written the way news writes them', () => {
  it('reads "$3 to 4 trillion" as one range of money', () => {
    const [c, ...rest] = claims('Analysts put the bill for new data centres at $3 to 4 trillion by the end of the decade.', 'en');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ text: '$3 to 4 trillion', kind: 'range', unit: 'USD', range: [3e12, 4e12] });
    const [d] = claims('Investasi yang dibutuhkan mencapai US$2 hingga 3 miliar per tahun.', 'id');
    expect(d).toMatchObject({ kind: 'range', unit: 'USD', range: [2e9, 3e9] });
  });

  it('joins a change dated between its figures: "rose to 5.7% in January from 3.9%"', () => {
    const en = claims('The jobless rate for graduates rose to 6.1% in March from 4.8% a year before.', 'en');
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({ kind: 'change', change: { from: 4.8, to: 6.1 }, direction: 'up', unit: '%' });
    const id = claims('Upah rata-rata pengemudi ojol naik dari Rp3.100.000 pada 2023 menjadi Rp3.450.000 tahun ini.', 'id');
    expect(id).toHaveLength(1);
    expect(id[0]).toMatchObject({ kind: 'change', change: { from: 3_100_000, to: 3_450_000 }, unit: 'IDR' });
  });

  it('joins "dari Rp… menjadi Rp…" and a figure with "(naik dari …)" in brackets', () => {
    const [c] = claims('Gaji kasir di kota itu berubah dari Rp2.950.000 menjadi Rp3.120.500 sejak Januari.', 'id');
    expect(c).toMatchObject({ kind: 'change', change: { from: 2_950_000, to: 3_120_500 }, unit: 'IDR' });
    const list = claims('Provinsi A: Rp2.410.300 (naik dari Rp2.262.700). Provinsi B: Rp2.188.000 (turun dari Rp2.200.000).', 'id');
    expect(list.map((x) => x.change)).toEqual([{ from: 2_262_700, to: 2_410_300 }, { from: 2_200_000, to: 2_188_000 }]);
    const [en] = claims('Median pay for translators was $48,200 (up from $45,900) in the survey.', 'en');
    expect(en).toMatchObject({ kind: 'change', change: { from: 45_900, to: 48_200 }, direction: 'up' });
  });

  it('gives a one-sided change its value: "fell to 15%", "turun menjadi 15%"', () => {
    const [en] = claims('The share of call-centre jobs held by new hires fell to 12% last year.', 'en');
    expect(en).toMatchObject({ kind: 'change', change: { from: null, to: 12 }, value: 12 });
    const [id] = claims('Porsi lowongan penerjemah turun menjadi 7,5 persen tahun ini.', 'id');
    expect(id).toMatchObject({ kind: 'change', change: { from: null, to: 7.5 }, value: 7.5 });
  });
});

describe('numbers that are not quantities', () => {
  it('reads no billions in a house number with a letter', () => {
    expect(claims('The agency rented rooms at 221B Baker Street for its coders.', 'en')).toEqual([]);
    expect(claims('Kantor startup itu pindah ke 12A Merdeka Street bulan lalu.', 'id')).toEqual([]);
    // A scale letter after money is still a scale.
    expect(claims('The lab raised $4B for robots.', 'en')[0]).toMatchObject({ value: 4e9, unit: 'USD' });
  });

  it('reads no numbers in a phone number with its area code in brackets', () => {
    expect(claims('Readers can call the newsroom on +1 (555) 010-2000 with tips.', 'en')).toEqual([]);
    expect(claims('Hubungi redaksi di (021) 555-0143 atau +62 (21) 555 0199.', 'id')).toEqual([]);
  });

  it('reads no count in a graphics card name', () => {
    expect(claims('Designers still render on a GTX 1080 at home.', 'en')).toEqual([]);
    expect(claims('Editor video itu masih memakai kartu grafis GTX 1080.', 'id')).toEqual([]);
  });

  it('reads no figure in a list or heading number at the start of a line', () => {
    expect(claims('Jobs growing fastest\n1. Data engineers\n2) Nurses\n12. Electricians', 'en')).toEqual([]);
    expect(claims('Profesi yang terancam\n1. Kasir\n2. Penerjemah', 'id')).toEqual([]);
    expect(claims('Drivers said\n3 of them quit.', 'en').map((c) => c.text)).toEqual(['3']);
  });

  it("reads no figure in a person's age, a regulation's citation or a letter's reference code", () => {
    expect(claims('The 61-year-old translator, and a clerk, 38 years old, lost their jobs to software.', 'en')).toEqual([]);
    expect(claims('Aturan itu tertuang dalam Peraturan Menteri Nomor 7 Tahun 2025 tentang pelatihan kerja.', 'id')).toEqual([]);
    expect(claims('Surat bernomor 118/PHK-HRD/IV/2025 dikirim ke serikat pekerja.', 'id')).toEqual([]);
    // Durations stay figures.
    expect(claims('Ia bekerja 16 tahun sebagai kasir; a 5-year plan.', 'id').map((c) => c.text)).toEqual(['16 tahun', '5-year']);
  });

  it('does not take "sebanyak" for an approximation', () => {
    const [c] = claims('Sebanyak 64% karyawan memakai AI di tempat kerja.', 'id');
    expect(c).toMatchObject({ text: '64%', approx: false });
  });
});
