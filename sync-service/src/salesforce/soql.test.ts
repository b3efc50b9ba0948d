import { assertId, dateTimeLiteral, idList, InvalidIdError, quote } from './soql';

describe('soql values', () => {
  it('accepts 15- and 18-character ids and rejects anything else', () => {
    expect(assertId('001000000000001')).toBe('001000000000001');
    expect(assertId('001000000000001AAA')).toBe('001000000000001AAA');
    expect(() => assertId("001' OR Name != '")).toThrow(InvalidIdError);
    expect(() => assertId('001000000000001AA')).toThrow('not a Salesforce id');
    expect(() => idList(['001000000000001AAA', 'x'])).toThrow(InvalidIdError);
  });

  it('builds an IN list of checked ids', () => {
    expect(idList(['001000000000001AAA', '001000000000002AAA'])).toBe("('001000000000001AAA','001000000000002AAA')");
  });

  it('escapes quotes, backslashes and line breaks in string literals', () => {
    expect(quote("O'Brien")).toBe("'O\\'Brien'");
    expect(quote('a\\b"c\nd')).toBe("'a\\\\b\\\"c\\nd'");
  });

  it('writes datetimes in UTC without milliseconds', () => {
    expect(dateTimeLiteral(new Date('2026-11-22T21:30:15.123+01:00'))).toBe('2026-11-22T20:30:15Z');
  });
});
