/**
 * What news pages write with numbers that is not a figure to check (ages, vague numbers of people,
 * the first day of a span of dates), and a proportion restated in brackets, which is one figure.
 * Sentences of our own, in English and Indonesian.
 */
import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';

const texts = (text: string, lang: string) => findNumberMentions(text, { lang }).map((c) => c.text);

describe('ages are not figures', () => {
  it('leaves out an age band, an age after "aged" or "berusia", and "-year-old"', () => {
    expect(texts('Among drivers aged 30 to 44, hours fell by 9%.', 'en')).toEqual(['9%']);
    expect(texts('Hiring of 18- to 24-year-olds dropped 7% at the depots.', 'en')).toEqual(['7%']);
    expect(texts('For 18 to 24-year-olds in logistics, vacancies fell 7%.', 'en')).toEqual(['7%']);
    expect(texts('A 52-year-old welder was among 310 people let go.', 'en')).toEqual(['310 people']);
    expect(texts('Workers aged between 55 and 64 make up 18% of the plant.', 'en')).toEqual(['18%']);
    expect(texts('Pekerja berusia 18-24 tahun paling terdampak: 12% kehilangan pekerjaan.', 'id')).toEqual(['12%']);
    expect(texts('Sebanyak 45 pekerja berusia 50 tahun ke atas dirumahkan.', 'id')).toEqual(['45 pekerja']);
  });

  it('leaves out an age set off after a name, not a count after a comma', () => {
    expect(texts('Maria Santos, 38, drove for the app for six years.', 'en')).toEqual(['six years']);
    expect(texts('Rudi (41), pengemudi ojol, kehilangan 30% order.', 'id')).toEqual(['30%']);
    expect(texts('In Cebu, 38 firms hired 1,200 workers.', 'en')).toEqual(['38 firms', '1,200 workers']);
    expect(texts('The union hired 25, then 30 more.', 'en')).toEqual(['25', '30']);
  });
});

describe('a number joined to the number of a name', () => {
  it('is part of the name: "Study 1 & 2", "Seri 3 dan 4"', () => {
    expect(texts('The gallery sold Harbour Study 1 & 2 for $41,000.', 'en')).toEqual(['$41,000']);
    expect(texts('Lukisan Harbour Seri 3 dan 4 terjual Rp120 juta.', 'id')).toHaveLength(1);
    expect(texts('The plant cut 300 and 400 jobs.', 'en')).toEqual(['300', '400 jobs']);
  });
});

describe('vague numbers', () => {
  it('leave out a vague number of people or things, and keep a vague sum of money', () => {
    expect(texts('The bank moved hundreds of employees into sales and retrained 400 more.', 'en')).toEqual(['400']);
    expect(texts('Millions of drivers use the app, and dozens of firms sell to them.', 'en')).toEqual([]);
    expect(texts('Ribuan pekerja dan puluhan ribu pengemudi terdampak.', 'id')).toEqual([]);
    expect(texts('Firms will spend hundreds of billions of dollars on chips.', 'en')).toEqual(['hundreds of billions of dollars']);
    expect(texts('Perusahaan itu menanam ratusan miliar rupiah.', 'id')).toHaveLength(1);
  });
});

describe('the first day of a span of dates', () => {
  it('is a date like the last', () => {
    expect(texts('Bursa kerja digelar 14–15 Oktober dengan 36 perusahaan.', 'id')).toEqual(['36 perusahaan']);
    expect(texts('The fair ran from 14 to 15 October with 36 firms.', 'en')).toEqual(['36 firms']);
    expect(texts('Between 14 and 15 firms applied.', 'en')).toHaveLength(1);
  });
});

describe('a proportion restated in brackets', () => {
  it('is one figure when the two agree, the percent its value', () => {
    const [c, ...rest] = findNumberMentions('Nurses said three-fifths (61%) of their shifts ran over.', { lang: 'en' });
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ text: 'three-fifths (61%)', value: 61, kind: 'percent', unit: '%' });
    expect(texts('A third of clerks (34%) use the tool.', 'en')).toEqual(['A third of clerks (34%)']);
    expect(texts('Separuh pengemudi (49%) memakai aplikasi itu.', 'id')).toEqual(['Separuh pengemudi (49%)']);
  });

  it('stays two figures when they disagree (the arithmetic flags them) or the percent is not a restatement', () => {
    expect(texts('One in four clerks (40%) use the tool.', 'en')).toEqual(['One in four', '40%']);
    expect(texts('A third of clerks use it; 34% of managers do.', 'en')).toEqual(['A third', '34%']);
  });
});
