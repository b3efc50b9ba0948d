import { dateLiteralRange } from './dates';

describe('date literals', () => {
  // 2025-03-12 is a Wednesday.
  const today = '2025-03-12';

  it.each([
    ['TODAY', '2025-03-12', '2025-03-13'],
    ['YESTERDAY', '2025-03-11', '2025-03-12'],
    ['LAST_N_DAYS:30', '2025-02-10', '2025-03-13'],
    ['NEXT_N_DAYS:2', '2025-03-13', '2025-03-15'],
    ['N_DAYS_AGO:1', '2025-03-11', '2025-03-12'],
    ['THIS_WEEK', '2025-03-09', '2025-03-16'],
    ['LAST_N_WEEKS:2', '2025-02-23', '2025-03-09'],
    ['THIS_MONTH', '2025-03-01', '2025-04-01'],
    ['LAST_MONTH', '2025-02-01', '2025-03-01'],
    ['LAST_N_MONTHS:3', '2024-12-01', '2025-03-01'],
    ['THIS_QUARTER', '2025-01-01', '2025-04-01'],
    ['LAST_QUARTER', '2024-10-01', '2025-01-01'],
    ['THIS_YEAR', '2025-01-01', '2026-01-01'],
    ['LAST_N_YEARS:2', '2023-01-01', '2025-01-01'],
    ['THIS_FISCAL_YEAR', '2025-01-01', '2026-01-01'],
  ])('%s covers [%s, %s)', (literal, start, end) => {
    expect(dateLiteralRange(literal, today)).toEqual({ start, end });
  });

  it('rejects literals it does not know', () => {
    expect(() => dateLiteralRange('LAST_FORTNIGHT', today)).toThrow('unsupported date literal');
  });
});
