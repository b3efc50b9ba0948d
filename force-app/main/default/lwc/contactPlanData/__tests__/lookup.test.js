import { cellOf } from '../lookup';

const cell = (contactId, memberId, effective) => ({ contactId, memberId, effective, reasons: [], key: false });

describe('cellOf', () => {
  // In the core's order: contact id, then member id.
  const cells = [
    cell('003A', '005A', 'S'),
    cell('003A', '005C', 'I'),
    cell('003B', '005B', 'T'),
    cell('003C', '005A', 'O'),
    cell('003C', '005B', 'D'),
  ];

  it("finds every pair's cell in the core's order and nothing for a blank pair", () => {
    for (const expected of cells) expect(cellOf({ cells }, expected.contactId, expected.memberId)).toBe(expected);
    expect(cellOf({ cells }, '003A', '005B')).toBeUndefined();
    expect(cellOf({ cells }, '003D', '005A')).toBeUndefined();
    expect(cellOf({ cells: [] }, '003A', '005A')).toBeUndefined();
  });

  it('finds a cell in a list made in another order', () => {
    const shuffled = [cells[4], cells[0], cells[3], cells[1], cells[2]];
    expect(cellOf({ cells: shuffled }, '003C', '005A').effective).toBe('O');
    expect(cellOf({ cells: shuffled }, '003A', '005C').effective).toBe('I');
    expect(cellOf({ cells: shuffled }, '003B', '005A')).toBeUndefined();
  });
});
