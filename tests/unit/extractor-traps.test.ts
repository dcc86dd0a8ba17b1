/**
 * Numbers that are not claims: dates, times, phone numbers, addresses, versions, model names,
 * references, ordinals, scores, codes. And the years that ARE claims: durations.
 */
import { describe, expect, it } from 'vitest';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { PATHOLOGICAL } from '../../bench/scan-in-slices.ts';

const texts = (text: string, lang: string): string[] => findNumberMentions(text, { lang }).map((c) => c.text);

describe('traps that must produce nothing', () => {
  const none: [string, string, string][] = [
    // Calendar years and dates.
    ['year', 'In 2024 the company changed its hiring plan.', 'en'],
    ['year and month', 'The series starts in 1995-01 and ends in 2020-2025.', 'en'],
    ['date', 'Rencana itu ditandatangani pada 17 Agustus 2025.', 'id'],
    ['date, English order', 'The board met on November 19, 2025 in Jakarta.', 'en'],
    ['ISO date', 'Diperbarui 2025-11-24 pukul 10.00.', 'id'],
    ['decade', 'The 1830s and the 1990s were decades of change.', 'en'],
    ['Indonesian decade', 'Pada tahun 1990-an banyak pabrik dibuka.', 'id'],
    // Clock times.
    ['clock time, WIB', 'Rapat dimulai pukul 09.30 WIB di Jakarta.', 'id'],
    ['clock time, am', 'The call starts at 9:30 a.m. and ends at 11 am.', 'en'],
    ["o'clock", "The shop opens at twelve o'clock.", 'en'],
    // Phone numbers and codes.
    ['phone numbers', 'Hubungi +62 21 555 1234 atau 0812-3456-7890.', 'id'],
    ['local phone number', 'Call 555-1234 for details.', 'en'],
    ['ISBN', 'See ISBN 978-0-478-40864-5 for the full study.', 'en'],
    ['web address', 'Read more at https://example.com/2024/11/report?page=30%25.', 'en'],
    // Street numbers.
    ['street address', 'The office is at 221 Baker Street in London.', 'en'],
    ['Indonesian street', 'Kantornya di Jalan Sudirman 45, Jakarta.', 'id'],
    // Versions and product or model names.
    ['Indonesian version', 'Pembaruan versi 2.0 sudah dirilis.', 'id'],
    ['version number', 'Version 2.0.1 fixes the bug.', 'en'],
    ['model names', 'GPT-4 beat GPT-3.5, and the iPhone 15 beat the Pixel 8.', 'en'],
    ['disease name', 'COVID-19 changed how offices work.', 'en'],
    ['lists and products', 'Daftar Top 500 superkomputer dunia dan Windows 11.', 'id'],
    ['screen and network', 'The 4K screen supports 5G networks.', 'en'],
    // Chapter and footnote references.
    ['chapter and page', 'See chapter 3, page 12 and footnote 7.', 'en'],
    ['bracketed footnote', 'As shown earlier [4], the effect is small.', 'en'],
    ['Indonesian references', 'Lihat pasal 5 ayat 2 dan halaman 14.', 'id'],
    // Ordinals used as names or positions.
    ['Indonesian ordinal', 'Laporan kuartal ketiga menunjukkan perbaikan.', 'id'],
    ['English ordinals', 'He came 3rd and she finished second in the twenty-first race.', 'en'],
    ['ordinal prefix ke-', 'Ini adalah pertemuan ke-4 tahun ini.', 'id'],
    // Scores and other look-alikes.
    ['score', 'The team won 4-1 at home.', 'en'],
    ['around the clock', 'The service runs 24/7 and remembers 9/11.', 'en'],
    ['small words as determiners', 'Satu pihak berpendapat bahwa dua pemimpin berbeda pandangan.', 'id'],
    ['English determiners', 'One of the two leaders left, and three others stayed.', 'en'],
    ['a moment, not a decimal', 'At one point five executives resigned.', 'en'],
    ['half that is a part', 'The other half of the office moved to the first floor.', 'en'],
  ];
  for (const [name, text, lang] of none) {
    it(`finds nothing in a ${name}: "${text}"`, () => expect(texts(text, lang)).toEqual([]));
  }
});

describe('years used as durations are claims', () => {
  it('reads durations in years', () => {
    expect(findNumberMentions('AI could replace them in 10 years.', { lang: 'en' })[0]).toMatchObject({ kind: 'duration', value: 10, unit: 'year' });
    expect(findNumberMentions('Enam tahun lalu situasinya berbeda.', { lang: 'id' })[0]).toMatchObject({ kind: 'duration', value: 6, unit: 'year' });
    expect(findNumberMentions('Ten years ago nobody used it.', { lang: 'en' })[0]).toMatchObject({ kind: 'duration', value: 10 });
    expect(findNumberMentions('It is a 20-year plan.', { lang: 'en' })[0]).toMatchObject({ text: '20-year', kind: 'duration', value: 20 });
    expect(findNumberMentions('Dalam 2.000 tahun terakhir.', { lang: 'id' })[0]).toMatchObject({ kind: 'duration', value: 2000 });
  });

  it('keeps a year next to a duration apart', () => {
    expect(texts('In 2024, 750 bosses were surveyed over 3 months.', 'en')).toEqual(['750 bosses', '3 months']);
  });
});

/**
 * Pathological input (long runs of digits, separators and number words): every repetition of the
 * unit is read the same way, so 256 kB yields four times what 64 kB yields, and the scan ends
 * (catastrophic backtracking would not end within the generous timeout, on any machine). How
 * fast the cost grows is timed by `npm run bench`, not here: a clock in a test fails on a busy
 * machine.
 */
describe('work that stays linear', () => {
  for (const [name, unit, lang] of PATHOLOGICAL) {
    it(`reads 256 kB of ${name} (${lang}) as four times 64 kB`, { timeout: 60_000 }, () => {
      // Whole units only, so the four quarters are the same text.
      const quarter = unit.repeat(Math.floor(64_000 / unit.length));
      const inQuarter = findNumberMentions(quarter, { lang }).length;
      const inWhole = findNumberMentions(quarter.repeat(4), { lang }).length;
      expect(inQuarter).toBeGreaterThan(250);
      // Where the quarters meet, a figure may join across the seam: a few either way.
      expect(Math.abs(inWhole - 4 * inQuarter)).toBeLessThanOrEqual(6);
    });
  }
});
