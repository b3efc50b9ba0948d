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
});
