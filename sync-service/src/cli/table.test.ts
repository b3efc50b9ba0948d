import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeAccount, type AccountPlan } from '@contact-plan/planning-core';
import { LEGEND, cellText, renderContactMap } from './table';

describe('cellText', () => {
  it('writes rep grades in upper case and suggestions in lower case, with key and gravity marks', () => {
    expect(cellText({ contactId: 'c', memberId: 'm', manual: 'O', effective: 'O', reasons: [], key: false })).toBe('O');
    expect(cellText({ contactId: 'c', memberId: 'm', suggested: 'S', effective: 'S', reasons: [], key: true })).toBe(
      's*',
    );
    expect(cellText({ contactId: 'c', memberId: 'm', manual: 'T', effective: 'S', reasons: [], key: true })).toBe(
      'S!*',
    );
    expect(cellText({ contactId: 'c', memberId: 'm', reasons: [], key: false })).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});

describe('renderContactMap', () => {
  const plan: AccountPlan = {
    accountId: '001T',
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
    expect(lines[0]).toBe('Contact map of account 001T as of 2026-11-20');
    expect(lines[2]).toBe(`${' '.repeat(22)}| POWER              | ADVISOR    | NO ROLE`);
    expect(lines[3]).toBe(`${' '.repeat(22)}| Ada Power  Bo User | Di Implied | Cy Nobody`);
    expect(lines[4]).toBe(`${'-'.repeat(22)}+--------------------+------------+-----------`);
    expect(lines[5]).toBe(`Eve Rep               | T*                 |            |`);
    expect(lines[6]).toBe(`Finn Engineer         |            D       |            | s`);
    expect(text).toContain(LEGEND);
  });

  it('lists warnings by severity and ends with the score', () => {
    const analysis = analyzeAccount(plan);
    const text = renderContactMap(plan, analysis);
    const severities = text
      .split('\n')
      .filter((line) => /^ {2}[A-Z]+ \(\d+\)$/.test(line))
      .map((line) => line.trim());
    expect(severities).toEqual(['HIGH (4)', 'MEDIUM (1)']);
    expect(text).toContain('    SINGLE_THREADED       Ada Power (Power buyer) is known only by Eve Rep');
    expect(text.endsWith(`Coverage score: ${analysis.score}/100\n`)).toBe(true);
    expect(analysis.score).toBe(25);
  });

  it('renders the trouble example with every severity', () => {
    const file = path.resolve(__dirname, '../../../examples/trouble-account.json');
    const trouble = JSON.parse(readFileSync(file, 'utf8')) as AccountPlan;
    const text = renderContactMap(trouble, analyzeAccount(trouble));
    for (const heading of ['CRITICAL (2)', 'HIGH (3)', 'MEDIUM (12)', 'LOW (5)'])
      expect(text).toContain(`  ${heading}\n`);
    expect(text).toContain('Renata Ferrei…');
    expect(text).toContain('Coverage score: 12/100');
  });
});
