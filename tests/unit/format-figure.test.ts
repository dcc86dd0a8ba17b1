import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../components/format-figure.ts';
import type { FigureShape } from '../../types/claim-card.ts';

const one = (value: number, valueKind: FigureShape['valueKind'], unit: string | null, per?: string): FigureShape => ({ value, unit, kind: valueKind, valueKind, ...(per ? { per } : {}) });

describe('figures written for people', () => {
  it.each([
    [one(300_000_000, 'count', 'job'), '300 million jobs', '300 juta pekerjaan'],
    [one(1, 'count', 'job'), '1 job', '1 pekerjaan'],
    [one(45, 'count', 'worker'), '45 workers', '45 pekerja'],
    [one(2_500_000, 'count', null), '2.5 million', '2,5 juta'],
    [one(12_500, 'count', 'person'), '12,500 people', '12.500 orang'],
    [one(40.5, 'percent', '%'), '40.5%', '40,5%'],
    [one(0.25, 'fraction', null), '25%', '25%'],
    [one(5, 'duration', 'year'), '5 years', '5 tahun'],
    [one(3, 'duration', 'decade'), '3 decades', '3 dekade'],
    [one(300_000_000_000, 'money', 'USD'), '300 billion US dollars', '300 miliar Dolar Amerika Serikat'],
    [one(500, 'quantity', 'MW'), '500 MW', '500 MW'],
    [one(1_000_000_000, 'count', 'robot', 'year'), '1 billion robots a year', '1 miliar robot per tahun'],
  ])('%o', (figure, en, id) => {
    expect(formatFigure(figure, 'en')).toBe(en);
    expect(formatFigure(figure, 'id')).toBe(id);
  });

  it('writes ranges and changes with both ends in words', () => {
    const change: FigureShape = { value: null, change: { from: 10, to: 90 }, unit: '%', kind: 'change', valueKind: 'percent' };
    expect(formatFigure(change, 'en')).toBe('10% → 90%');
    const range: FigureShape = { value: null, range: [85_000_000, 97_000_000], unit: 'job', kind: 'range', valueKind: 'count' };
    expect(formatFigure(range, 'en')).toBe('85 million jobs – 97 million jobs');
    expect(formatFigure(range, 'id')).toBe('85 juta pekerjaan – 97 juta pekerjaan');
  });

  it('never prints the raw reading ("300000000 job (count)")', () => {
    const text = formatFigure(one(300_000_000, 'count', 'job'), 'en');
    expect(text).not.toMatch(/\d{7}|\(count\)/);
  });
});
