import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../core/analyze-text.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { isTimeFrame } from '../../core/claims/time-frame.ts';
import { bundledIndex } from '../../core/registry/bundled-registry.ts';

const claims = (text: string, lang: string) => analyzeText(text, { lang, index: bundledIndex() }).claims.map((c) => c.text);
const frames = (text: string, lang: string) => findNumberMentions(text, { lang }).filter((c) => isTimeFrame(text, c)).map((c) => c.text);

describe('a duration that frames another figure is no claim', () => {
  const cases: [string, string, string[], string[]][] = [
    // text, lang, claims, frames left out
    ['The union wants a 30% raise over four years.', 'en', ['30%'], ['four years']],
    ['Over the past 18 months, hiring of junior coders fell 12%.', 'en', ['12%'], ['18 months']],
    ['Half of the tellers could go within ten years, the bank said.', 'en', ['Half'], ['ten years']],
    ['Three months later the plant cut 200 jobs.', 'en', ['200 jobs'], ['Three months']],
    ['Eight years ago the firm had 1,200 drivers.', 'en', ['1,200'], ['Eight years']],
    ['Wages grew 3% over a five-year period, and 4% above their 12-month average.', 'en', ['3%', '4%'], ['five-year', '12-month']],
    ['Sebanyak 35% kasir bisa tergantikan dalam 4 tahun ke depan.', 'id', ['35%'], ['4 tahun']],
    ['Selama tujuh tahun terakhir, perusahaan itu merekrut 900 penerjemah.', 'id', ['900'], ['tujuh tahun']],
    ['Sembilan tahun lalu hanya 15 persen pabrik memakai robot.', 'id', ['15 persen'], ['Sembilan tahun']],
    ['Produktivitas naik 8% dalam setahun.', 'id', ['8%'], ['setahun']],
    ['A inflação acumulada em 12 meses foi de 4,1%.', 'pt', ['4,1%'], ['12 meses']],
    ['El paro juvenil bajó al 18% en los últimos 9 meses.', 'es', ['18%'], ['9 meses']],
    ['Le chômage a reculé de 0,4 point en 6 mois.', 'fr', ['0,4'], ['6 mois']],
  ];
  for (const [text, lang, kept, left] of cases) {
    it(`"${text}"`, () => {
      expect(claims(text, lang)).toEqual(kept);
      expect(frames(text, lang)).toEqual(left);
    });
  }

  it('keeps a duration that is the figure itself', () => {
    expect(claims('The walkout lasted 45 days, and the court may pause it for 60 days.', 'en')).toEqual(['45 days', '60 days']);
    expect(claims('Pekerja gudang bekerja 12 jam sehari selama hampir tiga minggu.', 'id')).toEqual(['12 jam sehari', 'hampir tiga minggu']);
    expect(claims('She worked there for over two years.', 'en')).toEqual(['over two years']);
    expect(claims('A greve durou 45 dias.', 'pt')).toEqual(['45 dias']);
    expect(claims('A report that took a week is now drafted in twenty minutes.', 'en')).toEqual(['twenty minutes']);
    expect(claims('Klien meminta dua puluh versi dalam satu minggu.', 'id')).toEqual(['dua puluh versi', 'satu minggu']);
  });

  it('keeps a time frame the registry has a fact on', () => {
    const en = analyzeText('Musk predicted that within 10 to 20 years AI and robots would make work optional.', { lang: 'en', index: bundledIndex() }).claims;
    expect(en.find((c) => c.text === '10 to 20 years')?.fact?.id).toBe('musk-work-optional-10-20-years');
    const id = analyzeText('Dalam 10 hingga 20 tahun, kata Musk, robot humanoid akan menghapus kemiskinan sehingga orang bebas memilih untuk bekerja.', { lang: 'id', index: bundledIndex() }).claims;
    expect(id.find((c) => c.text === '10 hingga 20 tahun')?.fact?.id).toBe('musk-work-optional-10-20-years');
  });

  it('still reads the frame as the period of a yearly rate', () => {
    // 100 to 161 is 61% in all, or 10% a year compounded over five years: no slip to report on the 10%.
    const text = 'Sales rose from 100 to 161 units over five years, up 10%.';
    const read = analyzeText(text, { lang: 'en', index: bundledIndex() }).claims;
    expect(read.map((c) => c.text)).toEqual(['from 100 to 161 units', '10%']);
    expect(read[1]?.checks).toBeUndefined();
    // Without the period, the same figures do not add up.
    const slip = analyzeText('Sales rose from 100 to 161 units, up 10%.', { lang: 'en', index: bundledIndex() }).claims;
    expect(slip[1]?.checks?.[0]?.status).toBe('inconsistent');
  });
});

describe('a level or grade is a reference, not a count', () => {
  it('reads no figure in "level 4", "grau 4", "niveau 4"', () => {
    expect(claims('Workers at level 4 face the most exposure; 13% of graduates are there.', 'en')).toEqual(['13%']);
    expect(claims('Entre os mais instruídos, 13,1% estão no grau 4.', 'pt')).toEqual(['13,1%']);
    expect(claims('Seuls 8 % des emplois sont au niveau 4.', 'fr')).toEqual(['8 %']);
  });
});
