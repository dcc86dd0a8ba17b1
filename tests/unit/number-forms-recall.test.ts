/**
 * Figures that news writes in forms the extractor once missed: shares in words in French, German,
 * Spanish and Portuguese, changes with the new figure first, multiplying verbs, a rounded figure
 * with its exact value in brackets, and "either" ranges. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../../core/arithmetic/check-arithmetic.ts';
import { findNumberMentions } from '../../core/claims/find-number-mentions.ts';

const claims = (text: string, lang: string) => findNumberMentions(text, { lang });
const one = (text: string, lang: string) => {
  const found = claims(text, lang);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('shares written in words in French, German, Spanish and Portuguese', () => {
  const shares: [string, string, string, number][] = [
    ['fr', 'Selon l’étude, un salarié sur cinq utilise déjà un assistant.', 'un salarié sur cinq', 1 / 5],
    ['fr', 'Une entreprise industrielle sur trois a gelé ses embauches.', 'Une entreprise industrielle sur trois', 1 / 3],
    ['fr', 'Deux tiers des cadres disent manquer de formation.', 'Deux tiers', 2 / 3],
    ['fr', 'La moitié des PME interrogées testent un outil.', 'La moitié', 1 / 2],
    ['fr', 'Le sondage porte sur 1 sur 4 ménages.', '1 sur 4', 1 / 4],
    ['de', 'Jeder fünfte Beschäftigte nutzt bereits einen Chatbot.', 'Jeder fünfte', 1 / 5],
    ['de', 'Drei Viertel der Befragten wollen weiterlernen.', 'Drei Viertel', 3 / 4],
    ['de', 'Die Hälfte aller Betriebe plant keine Kürzungen.', 'Die Hälfte', 1 / 2],
    ['de', 'Laut Umfrage ist einer von zehn Angestellten besorgt.', 'einer von zehn', 1 / 10],
    ['es', 'Una de cada cinco empresas ya usa agentes de IA.', 'Una de cada cinco', 1 / 5],
    ['es', 'Dos tercios de los encuestados piden formación.', 'Dos tercios', 2 / 3],
    ['es', 'La mitad de los empleos analizados cambiará.', 'La mitad', 1 / 2],
    ['pt', 'Um em cada três jovens teme perder a vaga.', 'Um em cada três', 1 / 3],
    ['pt', 'Dois terços dos trabalhadores usam a ferramenta.', 'Dois terços', 2 / 3],
    ['pt', 'Metade das vagas abertas pede programação.', 'Metade', 1 / 2],
  ];
  for (const [lang, sentence, text, value] of shares) {
    it(`reads "${text}" (${lang}) as a share`, () => {
      const c = one(sentence, lang);
      expect(c).toMatchObject({ text, kind: 'fraction' });
      expect(c.value).toBeCloseTo(value, 9);
    });
  }

  it('keeps a bound written before the share: "mehr als jedes dritte", "más de la mitad"', () => {
    expect(one('Mehr als jedes dritte Unternehmen sucht Fachkräfte.', 'de')).toMatchObject({ text: 'Mehr als jedes dritte', approx: true });
    expect(one('Más de la mitad de los trabajadores lo usa.', 'es').bound).toEqual([0.5, null]);
  });

  it('reads no share in an ordinal, an article or a half that is a part', () => {
    expect(claims('El cuarto trimestre fue peor para uno de los directivos.', 'es')).toEqual([]);
    expect(claims('O quarto ano do contrato começa com um estudo novo.', 'pt')).toEqual([]);
    expect(claims('Deux ans plus tard, la moitié restante du projet reste en suspens.', 'fr')).toEqual([]);
    expect(claims('Nach ein paar Wochen kam eine neue Version.', 'de')).toEqual([]);
  });
});

describe('small number words with a scale or a unit in French, German, Spanish and Portuguese', () => {
  it('reads the number with its scale and its approximation', () => {
    expect(one('Cerca de tres millones de empleos cambiarán de tareas.', 'es')).toMatchObject({ text: 'Cerca de tres millones', value: 3e6, approx: true });
    expect(one('Le plan vise près de deux millions de postes.', 'fr')).toMatchObject({ value: 2e6, approx: true });
    expect(one('Die Regierung gibt zwei Milliarden Euro aus.', 'de')).toMatchObject({ value: 2e9, unit: 'EUR', kind: 'money' });
    expect(one('O programa quer abrir um milhão de vagas.', 'pt')).toMatchObject({ text: 'um milhão', value: 1e6 });
  });

  it('reads a unit of measure after "un": "un gigawatt"', () => {
    expect(one('Le campus pourra consommer un gigawatt à terme.', 'fr')).toMatchObject({ text: 'un gigawatt', value: 1, unit: 'GW', kind: 'quantity' });
  });
});

describe('changes written with the new figure first', () => {
  it('joins "3,000, down from 5,000" and "12.000 orang, turun dari 18.000" as one change from the older figure', () => {
    expect(one('The support team is now 3,000, down from 5,000 last spring.', 'en')).toMatchObject({
      text: '3,000, down from 5,000', kind: 'change', change: { from: 5000, to: 3000 }, direction: 'down', value: null,
    });
    expect(one('Pabrik itu kini mempekerjakan sekitar 12.000 orang, turun dari 18.000 sebelum pandemi.', 'id')).toMatchObject({
      text: 'sekitar 12.000 orang, turun dari 18.000', kind: 'change', change: { from: 18000, to: 12000 }, approx: true, unit: 'person',
    });
    expect(one('Hiring rose to 640 roles, up from 410.', 'en')).toMatchObject({ change: { from: 410, to: 640 }, direction: 'up' });
  });

  it('joins a level set against the earlier one after "à"/"auf": "à 7,4 % contre 7,1 %", "auf 5,1 Prozent nach 4,9 Prozent"', () => {
    expect(one('Le taux est passé à 7,4 % contre 7,1 % un an plus tôt.', 'fr')).toMatchObject({ kind: 'change', change: { from: 7.1, to: 7.4 }, unit: '%' });
    expect(one('Le score moyen recule à 0,41 en moyenne contre 0,44.', 'fr')).toMatchObject({ kind: 'change', change: { from: 0.44, to: 0.41 } });
    expect(one('Die Quote stieg auf 5,1 Prozent nach 4,9 Prozent im Vormonat.', 'de')).toMatchObject({ change: { from: 4.9, to: 5.1 } });
  });

  it('keeps apart two groups compared and a figure dated before the one it moved from', () => {
    expect(claims('Cela touche 8,2 % des femmes, contre 3,1 % des hommes.', 'fr')).toHaveLength(2);
    expect(claims('Kapasitasnya mencapai 900 megawatt pada 2030, meningkat dari 400 megawatt saat ini.', 'id')).toHaveLength(2);
    expect(claims('It has 3,000 staff from 5,000 applicants.', 'en').every((c) => c.kind !== 'change')).toBe(true);
  });

  it('gives the arithmetic note the two figures in their order', () => {
    const text = 'The support team is now 3,000, down from 5,000, a 50% cut.';
    const found = claims(text, 'en');
    const notes = checkArithmetic(text, found, 'en').map((f) => f.check.note);
    expect(notes).toEqual(['3,000 is 40% below 5,000, not 50%']);
    const right = 'The support team is now 3,000, down from 5,000, a 40% cut.';
    expect(checkArithmetic(right, claims(right, 'en'), 'en')).toEqual([]);
    const id = 'Jumlah karyawan kini 12.000 orang, turun dari 16.000, atau berkurang 40 persen.';
    expect(checkArithmetic(id, claims(id, 'id'), 'id').map((f) => f.check.note)).toEqual(['12.000 adalah 25% di bawah 16.000, bukan 40 persen']);
  });
});

describe('multiplying written as a verb or a noun', () => {
  it('reads "quadrupled", "a tripling of" and "nearly doubled" as multipliers', () => {
    expect(claims('Requests for the tool quadrupled within a year.', 'en')[0]).toMatchObject({ text: 'quadrupled', value: 4, kind: 'multiplier' });
    expect(one('The union won a tripling of training budgets.', 'en')).toMatchObject({ text: 'a tripling', value: 3, kind: 'multiplier' });
    expect(one('Spending on chatbots nearly doubled last year.', 'en')).toMatchObject({ text: 'nearly doubled', value: 2, approx: true });
    expect(one('Exports grew sevenfold.', 'en')).toMatchObject({ value: 7, kind: 'multiplier' });
  });

  it('leaves a verb before "to" to the change it starts: "doubled to 40%"', () => {
    expect(one('The share of automated replies doubled to 40% of all tickets.', 'en')).toMatchObject({ kind: 'change', change: { from: null, to: 40 } });
  });
});

describe('a figure in words with its exact value in brackets', () => {
  it('reads "two-fifths (39%)" and "Two-thirds of managers (64%)" as the exact percent', () => {
    expect(one('About two-fifths (39%) of the skills will change.', 'en')).toMatchObject({ text: 'About two-fifths (39%)', value: 39, kind: 'percent' });
    expect(one('Two-thirds of managers (64%) said so.', 'en')).toMatchObject({ text: 'Two-thirds of managers (64%)', value: 64 });
    expect(one('Sepertiga pekerja (31%) mengaku cemas.', 'id')).toMatchObject({ text: 'Sepertiga pekerja (31%)', value: 31, kind: 'percent' });
    expect(one('Mehr als ein Drittel der Firmen (37,3 Prozent) plant Kürzungen.', 'de')).toMatchObject({ value: 37.3, unit: '%' });
    expect(one('Sales grew almost fivefold (4.8x) since the launch.', 'en')).toMatchObject({ text: 'almost fivefold (4.8x)', value: 4.8, kind: 'multiplier' });
  });

  it('keeps the two apart when the bracket does not round to the words, so the arithmetic can say so', () => {
    expect(claims('One in four workers (40%) used the tool.', 'en').map((c) => c.text)).toEqual(['One in four', '40%']);
  });
});

describe('either of two numbers', () => {
  it('reads "eight or nine months" and "dua atau tiga tahun" as one range', () => {
    expect(one('Most firms changed their tools in the last eight or nine months of the year.', 'en')).toMatchObject({ kind: 'range', range: [8, 9], unit: 'month' });
    expect(one('Proyek itu butuh dua atau tiga tahun.', 'id')).toMatchObject({ kind: 'range', range: [2, 3], unit: 'year' });
    expect(one('Wages rose by 10 or 12 percent.', 'en')).toMatchObject({ kind: 'range', range: [10, 12], unit: '%' });
  });

  it('reads nothing in "one or two people" and keeps far-apart alternatives apart', () => {
    expect(claims('Only one or two people objected.', 'en')).toEqual([]);
    expect(claims('They hired 5 or 40 engineers, depending on the month.', 'en').map((c) => c.kind)).not.toContain('range');
  });
});

describe('a count joined to its noun by a hyphen', () => {
  it('reads "a 34-lot sale" and "34 lots" as counts of lots', () => {
    expect(one('The house held a 34-lot sale of generated prints.', 'en')).toMatchObject({ text: '34-lot', value: 34, unit: 'lot' });
    expect(one('Of the 34 lots on offer, most sold.', 'en')).toMatchObject({ text: '34 lots', unit: 'lot' });
  });
});

describe('a small count in words that counts an addition or part of a set', () => {
  it('reads "two new AI roles", "lima karyawan baru", "enam investor baru" and "sembilan di antaranya"', () => {
    expect(one('The app maker is now hiring for two new AI roles.', 'en')).toMatchObject({ text: 'two new AI roles', value: 2, kind: 'count' });
    expect(one('Pabrik itu merekrut lima karyawan baru bulan ini.', 'id')).toMatchObject({ text: 'lima karyawan baru', value: 5, unit: 'employee' });
    expect(claims('Ada 14 pusat data; sembilan di antaranya masih dibangun dan enam investor baru menunggu izin.', 'id').map((c) => c.text)).toEqual([
      '14', 'sembilan di antaranya', 'enam investor baru',
    ]);
    expect(one('Of the firms surveyed, seven of them had cut staff.', 'en')).toMatchObject({ text: 'seven of them', value: 7 });
  });

  it('still reads no determiner: "two leaders", "five executives resigned", "dua pemimpin", "one new tool"', () => {
    expect(claims('At one point five executives resigned, and two leaders stayed.', 'en')).toEqual([]);
    expect(claims('Dua pemimpin itu meluncurkan satu produk baru.', 'id')).toEqual([]);
    expect(claims('The team shipped one new tool.', 'en')).toEqual([]);
  });
});
