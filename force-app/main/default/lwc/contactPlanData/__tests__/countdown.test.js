import { countdownText, dropsLater, formatDay } from 'c/contactPlanData';

// The gravity countdown in the page's words (the CLI table's: "S until …, then I", "drops to I on …").
const STRONG = { contactId: 'c', memberId: 'm', manual: 'S', effective: 'S', dropsOn: '2026-12-09', dropsTo: 'I' };

describe('formatDay', () => {
  it('writes a core date in the given locale, with or without the year', () => {
    expect(formatDay('2026-12-09', { locale: 'en-GB' })).toBe('9 Dec 2026');
    expect(formatDay('2026-12-09', { locale: 'en-GB', short: true })).toBe('9 Dec');
    expect(formatDay('2026-12-09', { locale: 'en-US' })).toBe('Dec 9, 2026');
    expect(formatDay('2026-12-09', { locale: 'en-US', short: true })).toBe('Dec 9');
    expect(formatDay('2026-12-09', { locale: 'de-DE' })).toBe('9. Dez. 2026');
  });

  it('uses the user locale by default (en-US under jest) and leaves a non-date as it is', () => {
    expect(formatDay('2026-01-31')).toBe('Jan 31, 2026');
    expect(formatDay('soon')).toBe('soon');
  });

  it('gives the same words for a day it has written before, also after thousands of other days', () => {
    expect(formatDay('2026-03-04', { locale: 'en-GB' })).toBe('4 Mar 2026');
    const start = Date.UTC(2000, 0, 1);
    for (let d = 0; d < 6000; d += 1) formatDay(new Date(start + d * 86400000).toISOString().slice(0, 10));
    expect(formatDay('2026-03-04', { locale: 'en-GB' })).toBe('4 Mar 2026');
    expect(formatDay('2026-03-04', { locale: 'en-US' })).toBe('Mar 4, 2026');
    expect(formatDay('2016-06-06')).toBe('Jun 6, 2016');
  });
});

describe('countdownText', () => {
  it('says until when the grade holds and what it drops to', () => {
    expect(countdownText(STRONG, { locale: 'en-GB' })).toBe('S until 9 Dec 2026, then I');
    expect(countdownText(STRONG, { locale: 'en-GB', short: true })).toBe('S until 9 Dec');
    expect(countdownText(STRONG)).toBe('S until Dec 9, 2026, then I');
    expect(countdownText(STRONG, { day: (day) => day })).toBe('S until 2026-12-09, then I');
  });

  it('says "drops to" when a slipped grade is not better than where it drops (a touch restores it first)', () => {
    const slipped = { ...STRONG, effective: 'I', dropsTo: 'I' };
    expect(countdownText(slipped, { locale: 'en-GB' })).toBe('drops to I on 9 Dec 2026');
  });

  it('is empty for a grade gravity will not lower', () => {
    expect(countdownText({ ...STRONG, dropsOn: undefined, dropsTo: undefined })).toBe('');
    expect(countdownText({ contactId: 'c', memberId: 'm' })).toBe('');
    expect(countdownText(undefined)).toBe('');
    expect(dropsLater(STRONG)).toBe(true);
    expect(dropsLater({ ...STRONG, effective: undefined })).toBe(false);
  });
});
