import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';

const read = (text: string, lang: string) => findNumberMentions(text, { lang });
const texts = (text: string, lang: string) => read(text, lang).map((c) => c.text);

describe('changes written with a date, an adverb or a noun inside', () => {
  it('joins a change with an adverb before the new figure', () => {
    expect(read('The bank went from about 800 branches to now almost 500.', 'en')[0]).toMatchObject({
      text: 'from about 800 branches to now almost 500', change: { from: 800, to: 500 }, direction: 'down',
    });
    expect(read('Porsi lowongan itu turun dari 12% menjadi hanya 4%.', 'id')[0]).toMatchObject({ change: { from: 12, to: 4 } });
  });

  it('joins a change dated between its figures', () => {
    expect(read('Vacancies fell from 6.1% in the spring to just 2.4% in May.', 'en')[0]).toMatchObject({
      text: 'from 6.1% in the spring to just 2.4%', change: { from: 6.1, to: 2.4 },
    });
    expect(read('The jobless rate for coders rose to 7.2% in June, from 3.1% in March.', 'en')[0]).toMatchObject({
      text: 'rose to 7.2% in June, from 3.1%', change: { from: 3.1, to: 7.2 }, direction: 'up',
    });
    expect(read('Tingkat pengangguran naik menjadi 6,2% pada Juni, dari 5,1%.', 'id')[0]).toMatchObject({ change: { from: 5.1, to: 6.2 } });
  });

  it('joins a change whose first figure has a noun of its own', () => {
    expect(read('Support went from 1,200 agents to about 700.', 'en')[0]).toMatchObject({ change: { from: 1200, to: 700 } });
    expect(read('Jumlahnya berubah dari 300 gerai menjadi 120.', 'id')[0]).toMatchObject({ change: { from: 300, to: 120 } });
  });

  it('reads the size of a change and the level it reached as two figures, not a range', () => {
    expect(texts('March hiring was revised up by 21,000 to 187,000.', 'en')).toEqual(['21,000', '187,000']);
    expect(texts("The founder's stake fell by $4 billion to $52.5 billion.", 'en')).toEqual(['$4 billion', '$52.5 billion']);
    expect(texts('Ekspor naik sebesar Rp2 triliun menjadi Rp15 triliun.', 'id').length).toBe(2);
    // A range after "by" stays one.
    expect(read('Costs could fall by 10 to 20%.', 'en')[0]).toMatchObject({ kind: 'range', range: [10, 20] });
    expect(read('Biaya bisa turun sebesar 10 hingga 15 persen.', 'id')[0]).toMatchObject({ kind: 'range', range: [10, 15] });
  });
});

describe('a bound that ends in a sign word, and a year after its month', () => {
  it('reads "au moins" as a bound, not a minus', () => {
    expect(read('Le plan prévoit au moins 40 milliards de dollars.', 'fr')[0]).toMatchObject({ text: 'au moins 40 milliards de dollars', value: 40e9, bound: [40e9, null] });
    expect(read('Investasi itu minimal Rp40 triliun.', 'id')[0]).toMatchObject({ value: 40e12, bound: [40e12, null] });
    expect(read('The plan needs at least $40 billion.', 'en')[0]).toMatchObject({ value: 40e9, bound: [40e9, null] });
  });

  it('reads a year after its month as a date even when a figure follows with "and"', () => {
    expect(texts('Staff stood at 5,100 at the end of March 2023 and 4,200 a year later.', 'en')).toEqual(['5,100', '4,200']);
    expect(texts('Karyawannya 5.100 orang pada akhir Maret 2023 dan 4.200 pada akhir 2024.', 'id')).toEqual(['5.100 orang', '4.200']);
  });
});
