import { parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('parses quoted fields with commas, quotes and line breaks', () => {
    const text = 'Id,Name,Title\n"001A","Müller, ""Max""","Head\nof Ops"\r\n001B,Ana,\n';
    expect(parseCsv(text)).toEqual([
      { Id: '001A', Name: 'Müller, "Max"', Title: 'Head\nof Ops' },
      { Id: '001B', Name: 'Ana', Title: '' },
    ]);
  });

  it('round-trips records and marks null as #N/A', () => {
    const csv = toCsv([{ A: 'x,y', B: null, C: 3 }], ['A', 'B', 'C']);
    expect(csv).toBe('A,B,C\n"x,y",#N/A,3\n');
    expect(parseCsv(csv)).toEqual([{ A: 'x,y', B: '#N/A', C: '3' }]);
  });

  describe('hostile values', () => {
    it('strips a byte order mark before the header', () => {
      expect(parseCsv('\uFEFF"Id","Name"\n"001A","Ana"\n')).toEqual([{ Id: '001A', Name: 'Ana' }]);
    });

    it('keeps quotes, commas, CR, LF and CRLF inside quoted values, and spaces as they are', () => {
      const values = ['say "hi"', 'a,b', 'one\rtwo', 'one\ntwo', 'one\r\ntwo', ' padded ', '"', ',', 'Ünïcødé ✓'];
      const records = values.map((v, i) => ({ Id: String(i), Value: v }));
      const csv = toCsv(records, ['Id', 'Value']);
      expect(csv.split('\n')[1]).toBe('0,"say ""hi"""');
      expect(csv).toContain('\n2,"one\rtwo"\n');
      expect(csv).toContain('\n5, padded \n');
      expect(parseCsv(csv)).toEqual(records);
    });

    it('reads CRLF line endings and skips blank lines', () => {
      expect(parseCsv('Id,Name\r\n001A,Ana\r\n\r\n001B,Ben\r\n')).toEqual([
        { Id: '001A', Name: 'Ana' },
        { Id: '001B', Name: 'Ben' },
      ]);
    });

    it('tells an empty value (left unchanged by an ingest job) from null (cleared)', () => {
      const csv = toCsv([{ A: '', B: null, C: undefined }, { A: 'x' }], ['A', 'B', 'C']);
      expect(csv).toBe('A,B,C\n,#N/A,#N/A\nx,#N/A,#N/A\n');
      // A query answer's empty field, quoted or not, reads as ''.
      expect(parseCsv('A,B\n"",\n')).toEqual([{ A: '', B: '' }]);
    });

    it('writes numbers and booleans as Salesforce reads them', () => {
      expect(toCsv([{ N: 0, F: 2.5, T: true, X: false }], ['N', 'F', 'T', 'X'])).toBe('N,F,T,X\n0,2.5,true,false\n');
    });

    it('answers no rows for an empty body or a header alone', () => {
      expect(parseCsv('')).toEqual([]);
      expect(parseCsv('"Id"\n')).toEqual([]);
    });

    it('refuses a malformed answer instead of guessing', () => {
      expect(() => parseCsv('Id,Name\n001A,Ana,extra\n')).toThrow(/Invalid Record Length/);
      expect(() => parseCsv('Id,Name\n"001A,Ana\n')).toThrow(/Quote Not Closed/);
    });
  });
});
