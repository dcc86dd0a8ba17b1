/**
 * The article checks its own arithmetic: changes and their percents, shares, lists and their
 * totals, one figure at two scales. Consistent forms give nothing, slips give one finding with the
 * worked sum, and the traps (points, compound growth, "up to", rounding, two quantities, currency
 * conversions) give nothing. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../../core/arithmetic/check-arithmetic.ts';
import { analyzeText } from '../../core/analyze-text.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';
import { indexRegistry } from '../../core/registry/match-claims-to-facts.ts';

function findings(text: string, lang: string) {
  const claims = findNumberMentions(text, { lang });
  return checkArithmetic(text, claims, lang).map((f) => ({ claim: claims[f.claim]!.text, ...f.check }));
}

describe('consistent relations give no finding, and the same text with a slip gives one', () => {
  // [name, consistent text, the same with one figure changed, language]
  const consistent: [string, string, string, string][] = [
    // Change and percent change.
    ['change and its percent', 'Headcount fell from 5,000 to 3,000, a 40% cut.', 'Headcount fell from 5,000 to 3,000, a 50% cut.', 'en'],
    ['change between two years', 'Revenue rose 21% from $100 million in 2022 to $121 million in 2024.', 'Revenue rose 30% from $100 million in 2022 to $121 million in 2024.', 'en'],
    ['percent before the change', 'Orders rose 25% from 400 to 500 units this spring.', 'Orders rose 20% from 400 to 500 units this spring.', 'en'],
    ['rounded percent', 'Hiring grew from 300 to 412 roles, up 37%.', 'Hiring grew from 300 to 412 roles, up 33%.', 'en'],
    ['about a percent', 'Staff numbers went from 1,200 to 1,570, an increase of about 30%.', 'Staff numbers went from 1,200 to 1,570, an increase of about 20%.', 'en'],
    ['later endpoint first', 'Sales rose 40% to $1.4 billion from $1 billion.', 'Sales rose 14% to $1.4 billion from $1 billion.', 'en'],
    ['Indonesian change', 'Jumlah pekerja naik 25 persen dari 400 orang menjadi 500 orang.', 'Jumlah pekerja naik 52 persen dari 400 orang menjadi 500 orang.', 'id'],
    ['Indonesian fall', 'Jumlah kantor cabang turun dari 80 menjadi 60, atau berkurang 25 persen.', 'Jumlah kantor cabang turun dari 80 menjadi 60, atau berkurang 20 persen.', 'id'],
    [
      'Indonesian reach and from',
      'Kapasitasnya mencapai 900 megawatt, meningkat dari 400 megawatt atau tumbuh 125 persen.',
      'Kapasitasnya mencapai 900 megawatt, meningkat dari 400 megawatt atau tumbuh 225 persen.',
      'id',
    ],
    ['multiplier', 'Output tripled from 10 to 30 units, a threefold rise.', 'Output rose from 10 to 30 units, a fivefold rise.', 'en'],
    ['fold', 'Requests grew 4-fold, from 250 to 1,000 per day.', 'Requests grew 8-fold, from 250 to 1,000 per day.', 'en'],
    ['kali lipat, either reading', 'Pesanan naik 3 kali lipat dari 100 menjadi 400 unit.', 'Pesanan naik 6 kali lipat dari 100 menjadi 400 unit.', 'id'],
    ['kali lipat', 'Produksi naik dua kali lipat dari 50 menjadi 100 unit.', 'Produksi naik empat kali lipat dari 50 menjadi 100 unit.', 'id'],
    // Part, total, share.
    ['share in brackets', 'In the poll, 480 of the 1,000 workers surveyed (48%) said they used AI.', 'In the poll, 480 of the 1,000 workers surveyed (58%) said they used AI.', 'en'],
    ['share before of', 'Some 120 (30%) of 400 firms had a plan.', 'Some 120 (40%) of 400 firms had a plan.', 'en'],
    ['Indonesian share', 'Sebanyak 120 dari 400 perusahaan, atau 30 persen, sudah memakai AI.', 'Sebanyak 120 dari 400 perusahaan, atau 35 persen, sudah memakai AI.', 'id'],
    ['rounded share', 'Of those, 2 of 3 managers (67%) agreed.', 'Of those, 2 of 3 managers (76%) agreed.', 'en'],
    ['ratio and its percent', 'One in four workers (25%) used the tool.', 'One in four workers (40%) used the tool.', 'en'],
    ['Indonesian ratio', 'Sebanyak 1 dari 5 perusahaan (20 persen) sudah memakai AI.', 'Sebanyak 1 dari 5 perusahaan (35 persen) sudah memakai AI.', 'id'],
    // Lists with a stated total.
    [
      'list adding up',
      'The cuts total 1,200 jobs. By unit:\nSales, 500 jobs\nSupport, 400 jobs\nMarketing, 300 jobs\n',
      'The cuts total 1,200 jobs. By unit:\nSales, 500 jobs\nSupport, 400 jobs\nMarketing, 305 jobs\n',
      'en',
    ],
    [
      'Indonesian list adding up',
      'Total PHK 1.250 orang. Rinciannya:\nPabrik A, 700 orang\nPabrik B, 450 orang\nPabrik C, 100 orang\n',
      'Total PHK 1.250 orang. Rinciannya:\nPabrik A, 700 orang\nPabrik B, 450 orang\nPabrik C, 101 orang\n',
      'id',
    ],
    // The same figure at one scale.
    ['same figure twice', 'The pension fund holds $2.3 billion in assets.\nOf those assets, $2.3 billion sit in bonds.', 'The pension fund holds $2.3 billion in assets.\nOf those assets, $2.3 trillion sit in bonds.', 'en'],
    ['M as miliar', 'Nilai kontrak itu US$2,3 M.\nKontrak US$2,3 miliar itu diteken Senin.', 'Nilai kontrak itu US$2,3 M.\nKontrak US$23 miliar itu diteken Senin.', 'id'],
  ];
  for (const [name, text, slip, lang] of consistent) {
    it(name, () => {
      expect(findings(text, lang)).toEqual([]);
      expect(findings(slip, lang)).toHaveLength(1);
    });
  }
});

describe('inconsistent relations give one finding with the worked arithmetic', () => {
  const slips: { name: string; text: string; lang: string; claim: string; value: number; unit: string | null; note: string }[] = [
    {
      name: 'percent change',
      text: 'Headcount fell from 5,000 to 3,000, a 60% cut.',
      lang: 'en',
      claim: '60%',
      value: 40,
      unit: '%',
      note: '3,000 is 40% below 5,000, not 60%',
    },
    {
      name: 'percent rise stated before',
      text: 'Orders rose 35% from 400 to 500 units this spring.',
      lang: 'en',
      claim: '35%',
      value: 25,
      unit: '%',
      note: '500 is 25% above 400, not 35%',
    },
    {
      name: 'Indonesian growth from two capacities',
      text: 'Kapasitasnya diproyeksikan mencapai 900 megawatt, meningkat dari 400 megawatt atau tumbuh lebih dari 200 persen.',
      lang: 'id',
      claim: 'lebih dari 200 persen',
      value: 125,
      unit: '%',
      note: '900 megawatt adalah 125% di atas 400 megawatt, bukan lebih dari 200 persen',
    },
    {
      name: 'Indonesian fall',
      text: 'Jumlah kantor cabang turun 40 persen dari 80 menjadi 60.',
      lang: 'id',
      claim: '40 persen',
      value: 25,
      unit: '%',
      note: '60 adalah 25% di bawah 80, bukan 40 persen',
    },
    {
      name: 'fold',
      text: 'Requests grew fivefold, from 250 to 500 per day.',
      lang: 'en',
      claim: 'fivefold',
      value: 2,
      unit: null,
      note: '500 is 2 times 250, not fivefold',
    },
    {
      name: 'kali lipat',
      text: 'Produksi naik lima kali lipat dari 50 menjadi 100 unit.',
      lang: 'id',
      claim: 'lima kali lipat',
      value: 2,
      unit: null,
      note: '100 adalah 2 kali 50, bukan lima kali lipat',
    },
    {
      name: 'share',
      text: 'In the poll, 480 of the 1,000 workers surveyed (44%) said they used AI.',
      lang: 'en',
      claim: '44%',
      value: 48,
      unit: '%',
      note: '480 of 1,000 is 48%, not 44%',
    },
    {
      name: 'Indonesian share',
      text: 'Sebanyak 120 dari 400 perusahaan, atau 45 persen, sudah memakai AI.',
      lang: 'id',
      claim: '45 persen',
      value: 30,
      unit: '%',
      note: '120 dari 400 adalah 30%, bukan 45 persen',
    },
    {
      name: 'list against its total',
      text: 'The cuts total 1,210 jobs. By unit:\nSales, 500 jobs\nSupport, 400 jobs\nMarketing, 300 jobs\n',
      lang: 'en',
      claim: '1,210 jobs',
      value: 1200,
      unit: 'job',
      note: '500 + 400 + 300 = 1,200, not 1,210',
    },
    {
      name: 'Indonesian list with small bare items',
      text: 'PHK menimpa 2.518 orang. Berikut rinciannya:\nPabrik A: 1.500\nPabrik B: 1.000\nPabrik C: 12\nPabrik D: 3\n',
      lang: 'id',
      claim: '2.518 orang',
      value: 2515,
      unit: 'person',
      note: '1.500 + 1.000 + 12 + 3 = 2.515, bukan 2.518',
    },
    {
      name: 'scale slip',
      text: 'Nilai investasi pabrik Rp212 miliar.\nInvestasi pabrik Rp2,12 triliun itu akan cair tahun depan.',
      lang: 'id',
      claim: 'Rp2,12 triliun',
      value: 212e9,
      unit: 'IDR',
      note: 'Rp2,12 triliun di sini, tetapi Rp212 miliar di dekatnya: angka yang sama, 10 kali lebih besar',
    },
    {
      name: 'scale slip, miliar and trillion',
      text: 'Nilai pasar AI diperkirakan US$2,3 miliar. Pasar AI senilai US$2,3 triliun itu tumbuh cepat.',
      lang: 'id',
      claim: 'US$2,3 triliun',
      value: 2.3e9,
      unit: 'USD',
      note: 'US$2,3 triliun di sini, tetapi US$2,3 miliar di dekatnya: angka yang sama, 1.000 kali lebih besar',
    },
    {
      name: 'scale slip, bn in Indonesian text',
      text: 'Belanja pusat data AI tahun ini US$2,3 bn.\nBelanja pusat data sebesar US$2,3 triliun itu didorong perusahaan teknologi.',
      lang: 'id',
      claim: 'US$2,3 triliun',
      value: 2.3e9,
      unit: 'USD',
      note: 'US$2,3 triliun di sini, tetapi US$2,3 bn di dekatnya: angka yang sama, 1.000 kali lebih besar',
    },
  ];
  for (const s of slips) {
    it(s.name, () => {
      const found = findings(s.text, s.lang);
      expect(found).toHaveLength(1);
      const f = found[0]!;
      expect(f.claim).toBe(s.claim);
      expect(f.kind).toBe('arithmetic');
      expect(f.status).toBe('inconsistent');
      expect(f.expected.value).toBeCloseTo(s.value, 6);
      expect(f.expected.unit).toBe(s.unit);
      expect(f.note).toBe(s.note);
      for (const r of f.related) expect(r.end).toBeGreaterThan(r.start);
      expect(f.related.length).toBeGreaterThan(0);
    });
  }

  it('relates the figures it used', () => {
    const text = 'Headcount fell from 5,000 to 3,000, a 60% cut.';
    const [f] = findings(text, 'en');
    expect(f!.related.map((r) => text.slice(r.start, r.end))).toEqual(['from 5,000 to 3,000']);
  });

  it('relates every item of a list', () => {
    const text = 'The cuts total 1,210 jobs. By unit:\nSales, 500 jobs\nSupport, 400 jobs\nMarketing, 300 jobs\n';
    const [f] = findings(text, 'en');
    expect(f!.related.map((r) => text.slice(r.start, r.end))).toEqual(['500 jobs', '400 jobs', '300 jobs']);
  });
});

describe('traps give no finding', () => {
  const traps: [string, string, string][] = [
    // Percentage points against percent.
    ['points written as points', 'Unemployment rose 2 points to 5%, up from 3%.', 'en'],
    ['percentage points', 'The rate rose from 3% to 5%, up 2 percentage points.', 'en'],
    ['points written as percent', 'The rate rose from 3% to 5%, up 2%.', 'en'],
    ['relative change of a percent', 'The rate rose from 3% to 5%, a 67% rise.', 'en'],
    ['Indonesian points', 'Tingkat pengangguran naik dari 4% menjadi 5%, naik 1 persen.', 'id'],
    ['poin persentase', 'Porsinya turun dari 40% menjadi 35%, turun 5 poin persentase.', 'id'],
    // Compound growth over years.
    ['growth a year', 'Output grew 10% a year, from 100 to 161 units over five years.', 'en'],
    ['annual growth', 'Revenue grew at an annual 12% from $1 billion to $1.76 billion between 2020 and 2025.', 'en'],
    ['per tahun', 'Pendapatan tumbuh 10 persen per tahun dari Rp100 miliar menjadi Rp161 miliar dalam lima tahun.', 'id'],
    ['a yearly rate between two years', 'Revenue rose 10% from $100 million in 2022 to $121 million in 2024.', 'en'],
    ['a yearly rate over a period', 'Ekspor naik 10 persen dari Rp100 miliar menjadi Rp146,4 miliar dalam empat tahun.', 'id'],
    ['rata-rata', 'Jumlah pengguna naik rata-rata 20 persen dari 1.000 menjadi 2.074 orang selama empat tahun.', 'id'],
    // Up to and more than.
    ['up to', 'Costs could rise from $10 to $25, up to 200%.', 'en'],
    ['hingga', 'Permintaan bisa naik dari 100 menjadi 180 unit, tumbuh hingga 100 persen.', 'id'],
    ['more than', 'Sales rose from 200 to 500 units, an increase of more than 100%.', 'en'],
    // Rounded figures.
    ['rounded endpoints', 'The market grew from $1.2 billion to $1.5 billion, up 27%.', 'en'],
    ['rounded Indonesian endpoints', 'Nilai ekspor naik dari Rp1,2 triliun menjadi Rp1,5 triliun atau tumbuh 27 persen.', 'id'],
    ['about', 'Membership went from 1,000 to 1,380, roughly a 40% jump.', 'en'],
    // Two different quantities in one sentence.
    ['two quantities, while', 'Revenue rose from $80 million to $100 million, while profit grew 10%.', 'en'],
    ['two quantities, and', 'Staff fell from 900 to 800 and wages rose 30%.', 'en'],
    ['two quantities, sementara', 'Karyawan turun dari 900 menjadi 800 orang, sementara upah naik 30 persen.', 'id'],
    ['another quantity moving the other way', 'Jobs fell from 900 to 800, with pay up 30%.', 'en'],
    ['share of something else', 'Of 1,000 firms, 480 of the 1,000 firms surveyed hired, and 44% of the hires were women.', 'en'],
    ['two figures at different scales, far apart', 'The startup raised $1.5 million.\nA later round valued it higher.\nAnalysts said so.\nThe sector is worth $1.5 billion.', 'en'],
    ['a list that is not the total', 'There were 10,965 cases in all. By region:\nNorth, 1,065\nSouth, 8,504\nEast, 956\nWest, 144\n', 'en'],
    ['a third, rounded', 'A third of firms (35%) plan cuts.', 'en'],
    ['M that may mean million', 'Harga paket pelatihan Rp2,3 M per angkatan.\nPaket pelatihan Rp2,3 juta per orang juga tersedia.', 'id'],
    ['two amounts sharing digits', 'The startup raised $2.5 million in seed funding in 2019.\nInvestors now value the company at $2.5 billion.', 'en'],
    ['a percent since another time', 'Headcount fell from 5,000 to 3,000 this year, down 60% since 2019.', 'en'],
    ['a percent over another period', 'Jumlah karyawan turun dari 5.000 menjadi 3.000 tahun ini, atau turun 60 persen sejak 2019.', 'id'],
    ['a percent on another year', 'Orders rose from 400 to 500 in May, up 40% on a year earlier.', 'en'],
    ['a comparison with another base', 'Hiring rose from 100 to 120, nearly 30% more than analysts expected.', 'en'],
    ['another quantity alongside', 'Staff rose from 800 to 900, with pay up 30%.', 'en'],
    ['a share of something else', 'In all, 480 of the 1,000 workers surveyed (44% of them women) said yes.', 'en'],
    ['a share at another time', 'This year 480 of the 1,000 workers surveyed (44% last year) said yes.', 'en'],
    ['Indonesian share at another time', 'Sebanyak 120 dari 400 perusahaan, atau 45 persen pada tahun lalu, memakai AI.', 'id'],
    // Currency conversions stated in the text.
    ['conversion in brackets', 'Wages rose from Rp 4.000.000 (US$250) to Rp 5.000.000 (US$310), up 25 persen.', 'id'],
    ['conversion after', 'The deal is worth Rp 15 triliun, or about US$1 billion.', 'en'],
    ['conversion of a change', 'Harga naik dari US$1.000 menjadi US$1.200 atau sekitar Rp19 juta, naik 20 persen.', 'id'],
  ];
  for (const [name, text, lang] of traps) it(name, () => expect(findings(text, lang)).toEqual([]));
});

describe('paragraphs full of figures that agree give no finding', () => {
  const paragraphs: [string, string][] = [
    ['The company said it would cut 1,800 jobs, about 8% of its workforce of 22,000, as it shifts spending to AI. Revenue rose 12% to $4.2 billion in the quarter, while operating costs fell $300 million to $2.1 billion. Analysts expect the unit to grow 15% a year through 2030, reaching $9 billion.', 'en'],
    ['Of the 2,400 firms surveyed, 1,150 said they used generative AI, up from 640 a year earlier. Nearly half (48%) planned to hire fewer graduates. Wages for AI specialists climbed 25% to $180,000, compared with a 3% rise for other engineers.', 'en'],
    ['Unemployment rose from 3.7% to 4.1% in the year to June, up 0.4 percentage points, while the participation rate held at 62.6%. Payrolls grew by 206,000, below the 12-month average of 222,000.', 'en'],
    ['The plant will employ 3,000 people, up from 1,200 today, and invest $1.5 billion over five years. The state offered $150 million in tax credits, worth $50,000 per new job.', 'en'],
    ['Perusahaan itu memangkas 1.800 karyawan atau sekitar 8 persen dari total 22.000 pekerja. Pendapatan naik 12 persen menjadi Rp4,2 triliun, sementara beban operasional turun Rp300 miliar menjadi Rp2,1 triliun.', 'id'],
    ['Dari 2.400 perusahaan yang disurvei, 1.150 mengaku memakai AI generatif, naik dari 640 perusahaan setahun sebelumnya. Hampir separuh (48 persen) berencana mengurangi rekrutmen lulusan baru.', 'id'],
    ['Tingkat pengangguran terbuka turun dari 5,32 persen menjadi 4,82 persen, atau turun 0,5 poin persentase. Jumlah penganggur berkurang 240 ribu orang menjadi 7,2 juta orang.', 'id'],
    ['Upah minimum naik 6,5 persen dari Rp5.067.381 menjadi Rp5.396.761. Kenaikan Rp329.380 itu berlaku mulai 1 Januari.', 'id'],
    ['Nilai investasi pusat data mencapai US$1,7 miliar atau sekitar Rp27 triliun. Investor menyiapkan lahan 20 hektare untuk 3 gedung dengan kapasitas 100 MW.', 'id'],
    ['Layoffs announced in May totalled 80,000, 287% more than the 20,700 a year earlier. Tech firms accounted for 22,000 of them (27.5%).', 'en'],
  ];
  for (const [text, lang] of paragraphs) it(text.slice(0, 50), () => expect(findings(text, lang)).toEqual([]));
});

describe('checks on analysed claims', () => {
  const index = indexRegistry([]);

  it('sets checks on the claim the arithmetic contradicts, and on no other', () => {
    const a = analyzeText('Headcount fell from 5,000 to 3,000, a 60% cut, the company said.', { lang: 'en', index });
    const withChecks = a.claims.filter((c) => c.checks?.length);
    expect(withChecks.map((c) => c.text)).toEqual(['60%']);
    expect(withChecks[0]!.checks![0]!.note).toBe('3,000 is 40% below 5,000, not 60%');
  });

  it('sets no checks where the arithmetic holds', () => {
    const a = analyzeText('Headcount fell from 5,000 to 3,000, a 40% cut, the company said.', { lang: 'en', index });
    expect(a.claims.some((c) => c.checks)).toBe(false);
  });
});
