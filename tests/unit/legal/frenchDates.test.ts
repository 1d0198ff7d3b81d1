// Dates as French rulings print them, read into ISO and written back.
import { describe, expect, it } from 'vitest';
import { findDates, findFirstDate, formatFrenchDate, toIsoDate } from '../../../shared/legal';

describe('findFirstDate', () => {
  it('reads day, month in words and year, with weekday, capitals, accents or not', () => {
    expect(findFirstDate('Lecture du vendredi 25 avril 2025')).toBe('2025-04-25');
    expect(findFirstDate('LECTURE DU 25 AVRIL 2025')).toBe('2025-04-25');
    expect(findFirstDate('le 3 fevrier 2020 et le 3 février 2021')).toBe('2020-02-03');
    expect(findFirstDate('15 août 2023')).toBe('2023-08-15');
    expect(findFirstDate('15 aout 2023')).toBe('2023-08-15');
    expect(findFirstDate('1er décembre 2019')).toBe('2019-12-01');
  });

  it('reads the first of the month written 1er, with any space', () => {
    expect(findFirstDate('le 1er mars 2024')).toBe('2024-03-01');
    expect(findFirstDate('le 1 er mars 2024')).toBe('2024-03-01');
    expect(findFirstDate('le 1er\u00A0mars\u00A02024')).toBe('2024-03-01');
  });

  it('reads numeric dates and English month names', () => {
    expect(findFirstDate("Conseil d'État, Juge des référés, 25/04/2025, 503163")).toBe('2025-04-25');
    expect(findFirstDate('25.04.2025')).toBe('2025-04-25');
    expect(findFirstDate('Judgment of 16 July 2020')).toBe('2020-07-16');
  });

  it('ignores dates that do not exist and numbers that are not dates', () => {
    expect(findFirstDate('31 avril 2025')).toBeUndefined();
    expect(findFirstDate('29 février 2025')).toBeUndefined();
    expect(findFirstDate('29 février 2024')).toBe('2024-02-29');
    expect(findFirstDate('la somme de 5 000 euros')).toBeUndefined();
    expect(findFirstDate('N° 503163')).toBeUndefined();
    expect(findFirstDate('règlement (UE) 2016/679')).toBeUndefined();
  });
});

describe('findDates', () => {
  it('lists every date in order, with its place in the text', () => {
    expect(findDates('enregistrés les 4 mars et 3 juin 2019, puis le 01/07/2019')).toEqual([
      { iso: '2019-06-03', index: 26, length: 11 },
      { iso: '2019-07-01', index: 47, length: 10 },
    ]);
  });
});

describe('toIsoDate and formatFrenchDate', () => {
  it('accepts ISO timestamps and French dates', () => {
    expect(toIsoDate('2025-04-28T09:30:00+02:00')).toBe('2025-04-28');
    expect(toIsoDate('2025-04-28')).toBe('2025-04-28');
    expect(toIsoDate('28 avril 2025')).toBe('2025-04-28');
    expect(toIsoDate('2025-13-01')).toBeUndefined();
    expect(toIsoDate('hier')).toBeUndefined();
  });

  it('writes dates as French citations do', () => {
    expect(formatFrenchDate('2025-04-25')).toBe('25 avril 2025');
    expect(formatFrenchDate('2024-03-01')).toBe('1er mars 2024');
    expect(formatFrenchDate('2023-08-15')).toBe('15 août 2023');
  });
});
