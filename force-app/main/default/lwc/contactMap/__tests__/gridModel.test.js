import { analyzePlan, withRelationship } from 'c/contactPlanData';
import { FILTERS, buildGrid, departments } from '../gridModel';
import { nextPosition } from '../keyboard';

const plan = {
  accountId: 'A',
  asOf: '2026-11-20',
  contacts: [
    { id: 'c-user', name: 'Ulla User', roles: ['User'], seniority: 'Manager', department: 'IT' },
    { id: 'c-none', name: 'Nils None', roles: [], department: 'Ops' },
    { id: 'c-ceo', name: 'Pia Power', roles: ['Power'], seniority: 'Executive', department: 'Board' },
    { id: 'c-cfo', name: 'Finn, "CFO"', roles: ['Power'], seniority: 'VP', department: 'Finance' },
  ],
  members: [
    { id: 'm-ae', name: 'Ann Exec', seniority: 'Staff' },
    { id: 'm-vp', name: 'Val VP', seniority: 'VP' },
  ],
  relationships: [],
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
    { contactId: 'c-ceo', memberId: 'm-ae', manual: 'S', effective: 'S', reasons: ['graded S'], key: true },
    { contactId: 'c-user', memberId: 'm-vp', suggested: 'I', effective: 'I', reasons: ['touches only'], key: false },
  ],
  warnings: [
    { rule: 'SINGLE_THREADED', severity: 'high', contactId: 'c-ceo', message: 'Add a second relationship' },
    { rule: 'SENIOR_GAP', severity: 'high', contactId: 'c-ceo', message: 'Bring in an executive' },
    { rule: 'UNCOVERED_BUYER', severity: 'critical', contactId: 'c-cfo', message: 'Cover Finn' },
    { rule: 'BELOW_SATISFIED', severity: 'medium', contactId: 'c-user', memberId: 'm-vp', message: 'Lift it' },
    { rule: 'TOO_MANY_KEYS', severity: 'low', message: 'Fewer keys' },
  ],
  gradeCounts: { T: 0, O: 0, S: 1, I: 1, D: 0, M: 0 },
  score: 55,
};

describe('buildGrid', () => {
  it('keeps the cell objects of the view shown where nothing changed, and rebuilds the ones an edit changed', () => {
    const shown = buildGrid(plan, analysis);
    const edited = { ...analysis, cells: analysis.cells.map((cell) => ceoWith(cell, { manual: 'O', effective: 'O' })) };
    const next = buildGrid(plan, edited, {}, shown);
    const at = (grid, memberId, contactId) =>
      grid.rows.find((row) => row.id === memberId).cells.find((cell) => cell.contactId === contactId);
    expect(at(next, 'm-vp', 'c-user')).toBe(at(shown, 'm-vp', 'c-user'));
    expect(at(next, 'm-ae', 'c-cfo')).toBe(at(shown, 'm-ae', 'c-cfo'));
    expect(at(next, 'm-ae', 'c-ceo')).not.toBe(at(shown, 'm-ae', 'c-ceo'));
    expect(at(next, 'm-ae', 'c-ceo').letter).toBe('O');
    expect(at(next, 'm-ae', 'c-ceo').cssClass).toBe('cp-cell cp-grade_O cp-key');
  });

  it("rebuilds only the edited cell of the core's new analysis, and the view equals one built afresh", () => {
    const graded = {
      ...plan,
      relationships: [
        { contactId: 'c-ceo', memberId: 'm-ae', grade: 'S', gradedOn: '2026-11-01' },
        { contactId: 'c-user', memberId: 'm-vp', grade: 'I', gradedOn: '2026-11-01' },
      ],
    };
    const shown = buildGrid(graded, analyzePlan(graded));
    const editedPlan = withRelationship(graded, 'c-cfo', 'm-ae', { grade: 'T', gradedOn: '2026-11-20' });
    const editedAnalysis = analyzePlan(editedPlan);
    const next = buildGrid(editedPlan, editedAnalysis, {}, shown);
    const at = (grid, memberId, contactId) =>
      grid.rows.find((row) => row.id === memberId).cells.find((cell) => cell.contactId === contactId);
    expect(at(next, 'm-ae', 'c-cfo')).not.toBe(at(shown, 'm-ae', 'c-cfo'));
    expect(at(next, 'm-ae', 'c-cfo')).toMatchObject({ letter: 'T', cssClass: 'cp-cell cp-grade_T cp-drops' });
    expect(at(shown, 'm-ae', 'c-cfo').letter).toBe('');
    // Every other cell that reads the same is the shown view's object itself; one whose next move changed is new.
    const others = next.rows.flatMap((row, r) =>
      row.cells.map((cell, c) => [cell, shown.rows[r].cells[c]]).filter(([cell]) => cell.contactId !== 'c-cfo'),
    );
    const kept = others.filter(([cell, before]) => cell === before);
    expect(kept).toHaveLength(
      others.filter(([cell, before]) => JSON.stringify(cell) === JSON.stringify(before)).length,
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(at(next, 'm-ae', 'c-ceo')).toBe(at(shown, 'm-ae', 'c-ceo'));
    expect(at(next, 'm-vp', 'c-user').nextMoveGain).toBe(5);
    expect(at(shown, 'm-vp', 'c-user').nextMoveGain).toBe(4);
    expect(next).toEqual(buildGrid(editedPlan, editedAnalysis));
  });

  it('builds the view of each edit of a chain from the shown one, equal to a view built afresh', () => {
    const graded = {
      ...plan,
      relationships: [
        { contactId: 'c-ceo', memberId: 'm-ae', grade: 'S', gradedOn: '2026-11-01' },
        { contactId: 'c-user', memberId: 'm-vp', grade: 'I', gradedOn: '2026-11-01' },
      ],
    };
    const edits = [
      ['c-cfo', 'm-ae', { grade: 'O', gradedOn: '2026-11-20' }],
      ['c-cfo', 'm-vp', { grade: 'T', gradedOn: '2026-11-20' }],
      ['c-user', 'm-vp', { grade: undefined, gradedOn: undefined }],
      ['c-ceo', 'm-ae', { key: true, horizonDays: 30 }],
    ];
    let current = graded;
    let shown = buildGrid(current, analyzePlan(current));
    const badgesOf = (grid, id) => grid.columns.find((column) => column.id === id).badges.map((badge) => badge.rule);
    expect(badgesOf(shown, 'c-cfo')).toEqual(['UNCOVERED_BUYER']);
    for (const [contactId, memberId, changes] of edits) {
      current = withRelationship(current, contactId, memberId, changes);
      const edited = analyzePlan(current);
      const before = shown;
      const next = buildGrid(current, edited, {}, before);
      expect(next).toEqual(buildGrid(current, edited));
      // The other contacts' columns, and the rows without a changed cell, are the shown view's own objects.
      const otherColumns = next.columns.filter((column) => column.id !== contactId);
      expect(otherColumns).toEqual(before.columns.filter((column) => column.id !== contactId));
      expect(otherColumns.filter((column) => !before.columns.includes(column))).toEqual([]);
      const keptRows = next.rows.filter((row, r) => row.cells.every((cell, c) => cell === before.rows[r].cells[c]));
      expect(keptRows.filter((row) => !before.rows.includes(row))).toEqual([]);
      shown = next;
    }
    expect(badgesOf(shown, 'c-cfo')).toEqual([]);
    expect(badgesOf(shown, 'c-user')).toEqual(['UNCOVERED_BUYER']);
    const cfo = shown.columns.findIndex((column) => column.id === 'c-cfo');
    expect(shown.rows.map((row) => row.cells[cfo].letter)).toEqual(['T', 'O']);
  });

  it('makes an edit of the plan read back after a save (equal people, new objects) from the shown view', () => {
    const shown = buildGrid(plan, analysis, { rolesImplied: new Set(['c-none']) });
    const readBack = JSON.parse(JSON.stringify(plan));
    const edited = { ...analysis, cells: analysis.cells.map((cell) => ceoWith(cell, { manual: 'O', effective: 'O' })) };
    const next = buildGrid(readBack, edited, { rolesImplied: new Set(['c-none']) }, shown);
    expect(next.columns).toEqual(shown.columns);
    next.columns.forEach((column, c) => expect(column).toBe(shown.columns[c]));
    expect(next.rows.find((row) => row.id === 'm-vp')).toBe(shown.rows.find((row) => row.id === 'm-vp'));
    const ceo = next.columns.findIndex((column) => column.id === 'c-ceo');
    expect(next.rows.find((row) => row.id === 'm-ae').cells[ceo].letter).toBe('O');
    expect(next).toEqual(buildGrid(readBack, edited, { rolesImplied: new Set(['c-none']) }));
  });

  it('builds the whole view again when the people changed, even with the same analysis cells', () => {
    const shown = buildGrid(plan, analysis);
    const renamed = {
      ...plan,
      contacts: plan.contacts.map((c) => (c.id === 'c-ceo' ? { ...c, name: 'Pia Boss' } : c)),
    };
    const next = buildGrid(renamed, analysis, {}, shown);
    expect(next.columns.find((column) => column.id === 'c-ceo').name).toBe('Pia Boss');
    expect(next).toEqual(buildGrid(renamed, analysis));
  });

  it('filters key intersections again when an edit changes which pairs are key', () => {
    const keyed = { ...analysis, cells: analysis.cells.map((cell) => ({ ...cell, key: cell.contactId === 'c-user' })) };
    const shown = buildGrid(plan, analysis, { filter: FILTERS.KEY });
    const next = buildGrid(plan, keyed, { filter: FILTERS.KEY }, shown);
    expect(next.columns.map((c) => c.id)).toEqual(['c-user']);
    expect(next.rows.map((r) => r.id)).toEqual(['m-vp']);
    expect(next).toEqual(buildGrid(plan, keyed, { filter: FILTERS.KEY }));
  });

  it('marks a grade gravity will lower with its countdown, and the next best moves, blank cells included', () => {
    const dropping = {
      ...analysis,
      cells: analysis.cells.map((cell) => ceoWith(cell, { dropsOn: '2026-12-09', dropsTo: 'I' })),
      nextMoves: [
        {
          contactId: 'c-cfo',
          memberId: 'm-vp',
          goal: 'S',
          gain: 12,
          why: 'Val VP: a first relationship (Satisfied) with Finn: +12',
        },
      ],
    };
    const grid = buildGrid(plan, dropping);
    const ae = grid.rows.find((row) => row.id === 'm-ae');
    const ceo = ae.cells.find((cell) => cell.contactId === 'c-ceo');
    expect(ceo.cssClass).toBe('cp-cell cp-grade_S cp-key cp-drops');
    expect(ceo.countdown).toBe('S until Dec 9, 2026, then I');
    expect(ceo.dropsOn).toBe('2026-12-09');
    expect(ceo.title).toBe('S until Dec 9, 2026, then I');
    expect(ceo.ariaLabel).toBe('Ann Exec and Pia Power: Satisfied, key intersection, S until Dec 9, 2026, then I');
    const vp = grid.rows.find((row) => row.id === 'm-vp');
    const cfo = vp.cells.find((cell) => cell.contactId === 'c-cfo');
    expect(cfo.cssClass).toBe('cp-cell cp-grade_blank cp-next-move');
    expect(cfo.title).toBe('Val VP: a first relationship (Satisfied) with Finn: +12');
    expect(cfo.ariaLabel).toBe('Val VP and Finn, "CFO": no relationship, next best move: +12');
    // A suggested grade has no countdown: gravity lowers the rep's grades only.
    const user = vp.cells.find((cell) => cell.contactId === 'c-user');
    expect(user.countdown).toBe('');
    expect(user.cssClass).toBe('cp-cell cp-grade_I cp-suggested');
  });

  it('orders contacts by buyer role, then seniority, and groups them', () => {
    const grid = buildGrid(plan, analysis);
    expect(grid.columns.map((c) => c.id)).toEqual(['c-ceo', 'c-cfo', 'c-user', 'c-none']);
    expect(grid.groups.map((g) => [g.label, g.span])).toEqual([
      ['Power Buyer', 2],
      ['User Buyer', 1],
      ['Other contacts', 1],
    ]);
    expect(grid.columns[0].coaching).toMatch(/can say yes on their own/);
    expect(grid.groups[0]).toMatchObject({ helpLabel: 'Coaching for Power Buyer', coaching: grid.columns[0].coaching });
  });

  it('orders members by seniority', () => {
    expect(buildGrid(plan, analysis).rows.map((r) => r.id)).toEqual(['m-vp', 'm-ae']);
  });

  it('shows the effective grade, marks suggested ones and leaves blanks blank', () => {
    const grid = buildGrid(plan, analysis);
    const [vp, ae] = grid.rows;
    expect(ae.cells[0]).toMatchObject({
      letter: 'S',
      suggested: false,
      isKey: true,
      cssClass: 'cp-cell cp-grade_S cp-key',
    });
    expect(ae.cells[0].ariaLabel).toBe('Ann Exec and Pia Power: Satisfied, key intersection');
    expect(vp.cells[2]).toMatchObject({ letter: 'I', suggested: true, cssClass: 'cp-cell cp-grade_I cp-suggested' });
    expect(vp.cells[2].ariaLabel).toBe('Val VP and Ulla User: suggested Indifferent');
    expect(vp.cells[0]).toMatchObject({ letter: '', cssClass: 'cp-cell cp-grade_blank' });
    expect(vp.cells[0].ariaLabel).toBe('Val VP and Pia Power: no relationship');
  });

  it('puts the four coverage badges on columns, most severe first, and nothing else', () => {
    const grid = buildGrid(plan, analysis);
    expect(grid.columns[0].badges.map((b) => b.label)).toEqual(['Single-threaded', 'Senior gap']);
    expect(grid.columns[1].badges).toMatchObject([
      { rule: 'UNCOVERED_BUYER', cssClass: 'slds-badge cp-badge cp-badge_critical' },
    ]);
    expect(grid.columns[2].badges).toEqual([]);
    expect(grid.rows.every((row) => row.badges.length === 0)).toBe(true);
  });

  it('puts a lighter roles badge first on the contacts whose roles are implied, none on a contact without roles', () => {
    const grid = buildGrid(plan, analysis, { rolesImplied: new Set(['c-cfo', 'c-none']) });
    const cfo = grid.columns.find((c) => c.id === 'c-cfo');
    expect(cfo.badges[0]).toEqual({
      key: 'implied:c-cfo',
      rule: 'IMPLIED_ROLES',
      label: 'Power',
      title: 'Power Buyer: from opportunity contact roles',
      cssClass: 'slds-badge cp-badge cp-badge_implied',
    });
    expect(grid.columns.filter((c) => c.badges.some((b) => b.rule === 'IMPLIED_ROLES')).map((c) => c.id)).toEqual([
      'c-cfo',
    ]);
  });

  it('filters buyers, key intersections, departments and caps the columns', () => {
    expect(buildGrid(plan, analysis, { filter: FILTERS.BUYERS }).columns).toHaveLength(3);
    const keyOnly = buildGrid(plan, analysis, { filter: FILTERS.KEY });
    expect(keyOnly.columns.map((c) => c.id)).toEqual(['c-ceo']);
    expect(keyOnly.rows.map((r) => r.id)).toEqual(['m-ae']);
    expect(buildGrid(plan, analysis, { department: 'IT' }).columns.map((c) => c.id)).toEqual(['c-user']);
    expect(buildGrid(plan, analysis, { maxColumns: 2 }).columns.map((c) => c.id)).toEqual(['c-ceo', 'c-cfo']);
  });

  it('lists departments once, sorted', () => {
    expect(departments(plan.contacts)).toEqual(['Board', 'Finance', 'IT', 'Ops']);
  });
});

describe('nextPosition', () => {
  const size = { rows: 3, cols: 4 };
  it('moves with arrows and stops at the edges', () => {
    expect(nextPosition('ArrowRight', { row: 1, col: 1 }, size)).toEqual({ row: 1, col: 2 });
    expect(nextPosition('ArrowRight', { row: 1, col: 3 }, size)).toEqual({ row: 1, col: 3 });
    expect(nextPosition('ArrowUp', { row: 0, col: 2 }, size)).toEqual({ row: 0, col: 2 });
    expect(nextPosition('ArrowDown', { row: 1, col: 2 }, size)).toEqual({ row: 2, col: 2 });
    expect(nextPosition('ArrowLeft', { row: 1, col: 0 }, size)).toEqual({ row: 1, col: 0 });
  });

  it('jumps with Home and End, to the corners with Ctrl', () => {
    expect(nextPosition('Home', { row: 2, col: 2 }, size)).toEqual({ row: 2, col: 0 });
    expect(nextPosition('End', { row: 0, col: 1 }, size, true)).toEqual({ row: 2, col: 3 });
    expect(nextPosition('Tab', { row: 0, col: 1 }, size)).toBeUndefined();
  });
});
