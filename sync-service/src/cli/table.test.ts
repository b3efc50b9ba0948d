import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeAccount, type AccountPlan } from '@contact-plan/planning-core';
import { LEGEND, NO_ROLE_LABEL, cellText, renderContactMap } from './table';

const repo = path.resolve(__dirname, '../../..');
const lwc = (file: string) => readFileSync(path.join(repo, 'force-app/main/default/lwc', file), 'utf8');

describe('cellText', () => {
  it('shows the effective grade in capitals, * for a grade suggested from activity and ○ for a key intersection', () => {
    expect(cellText({ contactId: 'c', memberId: 'm', manual: 'O', effective: 'O', reasons: [], key: false })).toBe('O');
    expect(cellText({ contactId: 'c', memberId: 'm', suggested: 'S', effective: 'S', reasons: [], key: true })).toBe(
      '○S*',
    );
    // A rep's grade lowered by gravity is the rep's grade: no star.
    expect(cellText({ contactId: 'c', memberId: 'm', manual: 'T', effective: 'S', reasons: [], key: true })).toBe('○S');
    expect(cellText({ contactId: 'c', memberId: 'm', reasons: [], key: true })).toBe('○');
    expect(cellText({ contactId: 'c', memberId: 'm', reasons: [], key: false })).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});

describe('the words and symbols of the page', () => {
  it('uses the map legend of the contact map component', () => {
    const html = lwc('contactMap/contactMap.html').replace(/\s+/g, ' ');
    expect(html).toContain('Letters are the effective grade; * marks a grade suggested from activity');
    expect(html).toContain('a ring marks a key intersection');
    expect(LEGEND).toBe(
      'Letters are the effective grade; * marks a grade suggested from activity; ○ marks a key intersection; ' +
        'blank: no relationship.',
    );
  });

  it("names the contacts without a buyer role as the page does (rule, role and severity names are the core's)", () => {
    expect(lwc('contactPlanData/labels.js')).toContain(`label: '${NO_ROLE_LABEL}'`);
  });
});

describe('renderContactMap', () => {
  const plan: AccountPlan & { accountName: string } = {
    accountId: '001T',
    accountName: 'Brightwater Logistics',
    asOf: '2026-11-20',
    contacts: [
      { id: 'c1', name: 'Ada Power', roles: ['Power'] },
      { id: 'c2', name: 'Bo User', roles: ['User', 'Power'] },
      { id: 'c3', name: 'Cy Nobody', roles: [] },
      { id: 'c4', name: 'Di Implied', roles: [] },
    ],
    members: [
      { id: 'm1', name: 'Eve Rep' },
      { id: 'm2', name: 'Finn Engineer' },
    ],
    relationships: [
      { contactId: 'c1', memberId: 'm1', grade: 'T', gradedOn: '2026-11-01', key: true },
      { contactId: 'c2', memberId: 'm2', grade: 'D', gradedOn: '2026-11-01' },
    ],
    touches: [
      { contactId: 'c3', memberId: 'm2', date: '2026-11-10', kind: 'meeting' },
      { contactId: 'c3', memberId: 'm2', date: '2026-11-12', kind: 'email' },
    ],
    blueprints: [],
    opportunities: [
      {
        id: 'o1',
        stage: 'open',
        closeDate: '2027-01-01',
        memberIds: [],
        contactRoles: [{ contactId: 'c4', role: 'Evaluator' }],
      },
    ],
  };

  it('draws contacts grouped by their first buyer role (opportunity roles included) across, members down', () => {
    const text = renderContactMap(plan, analyzeAccount(plan));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Client Contact Map: Brightwater Logistics, as of 2026-11-20');
    expect(lines[2]).toBe(`${' '.repeat(22)}| Power Buyer        | Advisor Buyer | Other contacts`);
    expect(lines[3]).toBe(`${' '.repeat(22)}| Ada Power  Bo User | Di Implied    | Cy Nobody`);
    expect(lines[4]).toBe(`${'-'.repeat(22)}+--------------------+---------------+----------------`);
    expect(lines[5]).toBe(`Eve Rep               | ○T                 |               |`);
    expect(lines[6]).toBe(`Finn Engineer         |            D       |               | S*`);
    expect(text).toContain(LEGEND);
  });

  it('lists the grades gravity will lower, soonest first, with the day they drop', () => {
    const text = renderContactMap(plan, analyzeAccount(plan));
    // Ada's T was graded on 2026-11-01: T until 2027-01-30 (90 days on), then O. Bo's D never drops.
    expect(text).toContain(
      `${LEGEND}\n\nGrades gravity will lower (1)\n  2027-01-30  Ada Power – Eve Rep: T until 2027-01-30, then O\n`,
    );
    const quiet: AccountPlan = {
      ...plan,
      relationships: plan.relationships.map((r) => ({ ...r, grade: 'I' as const })),
    };
    expect(renderContactMap(quiet, analyzeAccount(quiet))).not.toContain('Grades gravity will lower');
  });

  it('prints the next best moves with their gain before the score', () => {
    const analysis = analyzeAccount(plan);
    const text = renderContactMap(plan, analysis);
    expect(analysis.nextMoves.length).toBeGreaterThan(0);
    const moves = analysis.nextMoves.map((move) => `  ${move.why}`).join('\n');
    expect(text).toContain(`\nNext best moves\n${moves}\n\nCoverage score ${analysis.score}\n`);
    expect(analysis.nextMoves[0]?.why).toMatch(/: \+\d+$/);
  });

  it('names the account by its id when the plan carries no name', () => {
    const { accountName: _name, ...unnamed } = plan;
    expect(renderContactMap(unnamed, analyzeAccount(unnamed)).split('\n')[0]).toBe(
      'Client Contact Map: account 001T, as of 2026-11-20',
    );
  });

  it('lists warnings by severity with the page rule labels and ends with the score', () => {
    const analysis = analyzeAccount(plan);
    const text = renderContactMap(plan, analysis);
    const lines = text.split('\n');
    expect(lines).toContain(`Coverage warnings (${analysis.warnings.length})`);
    expect(lines.filter((line) => /^ {2}[A-Z][a-z]+ \(\d+\)$/.test(line)).map((line) => line.trim())).toEqual([
      'High (4)',
      'Medium (1)',
    ]);
    expect(text).toContain('    Single-threaded       Ada Power (Power buyer) is known only by Eve Rep');
    expect(text.endsWith(`Coverage score ${analysis.score}\n`)).toBe(true);
    expect(analysis.score).toBe(25);
  });

  it('says so, neutrally, when an account has no contacts, no team or no warnings', () => {
    const empty: AccountPlan = { ...plan, contacts: [], relationships: [], touches: [], opportunities: [] };
    const text = renderContactMap(empty, analyzeAccount(empty));
    expect(text).toContain('\nNo contacts on this account yet.\n');
    expect(text).toContain('\nNo coverage warnings.\n');
    const noTeam: AccountPlan = { ...plan, members: [], relationships: [], touches: [] };
    expect(renderContactMap(noTeam, analyzeAccount(noTeam))).toContain('\nNo team members on this account yet.\n');
  });

  it('renders the trouble example with every severity', () => {
    const file = path.resolve(__dirname, '../../../examples/trouble-account.json');
    const trouble = JSON.parse(readFileSync(file, 'utf8')) as AccountPlan;
    const text = renderContactMap(trouble, analyzeAccount(trouble));
    for (const heading of ['Critical (2)', 'High (3)', 'Medium (12)', 'Low (5)'])
      expect(text).toContain(`  ${heading}\n`);
    expect(text).toContain('Renata Ferrei…');
    expect(text).toContain('Coverage score 12\n');
  });
});

describe('renderContactMap with hostile names', () => {
  const ESC = '\u001b';
  const named = (
    contactName: string,
    memberName: string,
    accountName = 'Acme',
  ): AccountPlan & { accountName: string } => ({
    accountId: '001T',
    accountName,
    asOf: '2026-11-20',
    contacts: [{ id: 'c1', name: contactName, roles: ['Power'] }],
    members: [{ id: 'm1', name: memberName }],
    relationships: [{ contactId: 'c1', memberId: 'm1', grade: 'O', gradedOn: '2026-11-01' }],
    touches: [],
    blueprints: [],
    opportunities: [],
  });
  const render = (p: AccountPlan) => renderContactMap(p, analyzeAccount(p));
  /** Every character a terminal would act on, except the line breaks the table itself writes. */
  // eslint-disable-next-line no-control-regex -- the characters a terminal obeys are what this test looks for
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

  it.each<[string, string, string]>([
    ['a screen-clearing CSI', `${ESC}[2J${ESC}[HAda`, '\\x1b[2J\\x1b[HAda'],
    ['an OSC window title', `${ESC}]0;pwned\u0007Ada`, '\\x1b]0;pwned\\x07Ada'],
    [
      'an OSC 8 hyperlink',
      `${ESC}]8;;http://ev.il${ESC}\\Ada${ESC}]8;;${ESC}\\`,
      '\\x1b]8;;http://ev.il\\x1b\\Ada\\x1b]8;;\\x1b\\',
    ],
    ['a carriage return that rewrites the line', 'Ada\rEVIL', 'Ada\\rEVIL'],
    ['a line break', 'Ada\nEVIL', 'Ada\\nEVIL'],
    ['a C1 CSI', 'Ada\u009b31m', 'Ada\\x9b31m'],
    ['a right-to-left override', 'Ada\u202eevil', 'Ada\\u202eevil'],
    ['a backspace', 'Ada\u0008\u0008\u0008Eve', 'Ada\\x08\\x08\\x08Eve'],
    ['a NUL', 'Ada\u0000', 'Ada\\x00'],
  ])('shows %s escaped in the account title, a member row and the warnings', (_label, hostile, shown) => {
    const text = render(named('Zed', hostile, hostile));
    expect(text).not.toMatch(CONTROL);
    expect(text.split('\n')[0]).toBe(`Client Contact Map: ${shown}, as of 2026-11-20`);
    expect(text).toContain(`is known only by ${shown}`);
  });

  it('cuts a long escaped name between escapes and graphemes, never inside one', () => {
    const text = render(named(`Ab${ESC}[31m${ESC}[31m${ESC}[31m`, `${'x'.repeat(18)}${ESC}]0;t\u0007`));
    expect(text).not.toMatch(CONTROL);
    // The contact header holds 14 columns: "Ab" and one whole escape fit, the next escape would not.
    expect(text).toContain('| Ab\\x1b[31m…');
    // The member label holds 21: the 18 x and then no room for "\x1b" (4 columns) before the mark.
    expect(text).toContain(`\n${'x'.repeat(18)}…   |`);
  });

  it('keeps the columns aligned with wide characters, emoji and combining marks', () => {
    const lines = render(named('王小明', 'Jose\u0301 Álvarez 👩‍💼')).split('\n');
    expect(lines[3]).toBe(`${' '.repeat(22)}| 王小明`);
    expect(lines[5]).toBe('Jose\u0301 Álvarez 👩‍💼       | O');
  });
});
