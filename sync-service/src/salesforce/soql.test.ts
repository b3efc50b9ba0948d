import { InvalidIdError } from './ids';
import { dateTimeLiteral, idList, quote } from './soql';

describe('soql values', () => {
  it('builds an IN list of checked ids, in their 18-character form', () => {
    expect(idList(['001000000000001AAA', '001000000000002'])).toBe("('001000000000001AAA','001000000000002AAA')");
    expect(() => idList(['001000000000001AAA', 'x'])).toThrow(InvalidIdError);
    expect(() => idList(["001' OR Name != '"])).toThrow(InvalidIdError);
  });

  it('escapes quotes, backslashes and line breaks in string literals', () => {
    expect(quote("O'Brien")).toBe("'O\\'Brien'");
    expect(quote('a\\b"c\nd')).toBe("'a\\\\b\\\"c\\nd'");
  });

  it('writes datetimes in UTC without milliseconds', () => {
    expect(dateTimeLiteral(new Date('2026-11-22T21:30:15.123+01:00'))).toBe('2026-11-22T20:30:15Z');
  });
});
