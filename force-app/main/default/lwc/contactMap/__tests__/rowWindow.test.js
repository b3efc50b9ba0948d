import { covers, estimatedBands, rowIndexes, rowsInView, HEAD_ESTIMATE, BAND_HEAD_ESTIMATE } from '../rowWindow';

const GROUPS = [
  { code: 'Power', span: 30 },
  { code: 'User', span: 30 },
  { code: '', span: 40 },
];

describe('rowWindow', () => {
  it('estimates where each band starts before the first layout, folded bands taking no rows', () => {
    const bands = estimatedBands(GROUPS, new Set(['User']), 40);
    expect(bands).toEqual([
      { code: 'Power', start: 0, count: 30, top: HEAD_ESTIMATE + BAND_HEAD_ESTIMATE },
      { code: 'User', start: 30, count: 0, top: HEAD_ESTIMATE + 2 * BAND_HEAD_ESTIMATE + 1200 },
      { code: '', start: 60, count: 40, top: HEAD_ESTIMATE + 3 * BAND_HEAD_ESTIMATE + 1200 },
    ]);
  });

  it('picks the rows that meet the viewport, with the overscan either side, per band', () => {
    const bands = [
      { code: 'Power', count: 30, top: 100 },
      { code: 'User', count: 30, top: 1340 },
    ];
    // Rows of 40 px: the viewport 1000..1400 holds Power rows 22..29 and User rows 0..1.
    const exact = rowsInView(bands, { top: 1000, height: 400 }, 40, 0);
    expect([...exact]).toEqual([
      ['Power', { first: 22, end: 30 }],
      ['User', { first: 0, end: 2 }],
    ]);
    const wide = rowsInView(bands, { top: 1000, height: 400 }, 40, 5);
    expect([...wide]).toEqual([
      ['Power', { first: 17, end: 30 }],
      ['User', { first: 0, end: 7 }],
    ]);
    // Far below the first band: it renders nothing.
    expect(rowsInView(bands, { top: 2400, height: 400 }, 40, 2).get('Power')).toEqual({ first: 0, end: 0 });
  });

  it('falls back to the estimated height when no row has been measured', () => {
    const ranges = rowsInView([{ code: 'A', count: 100, top: 0 }], { top: 0, height: 430 }, 0, 0);
    expect(ranges.get('A')).toEqual({ first: 0, end: 10 });
  });

  it('says whether the rendered rows cover what the viewport needs', () => {
    const rendered = new Map([
      ['Power', { first: 10, end: 30 }],
      ['User', { first: 0, end: 0 }],
    ]);
    expect(covers(rendered, new Map([['Power', { first: 12, end: 30 }]]))).toBe(true);
    expect(covers(rendered, new Map([['Power', { first: 9, end: 20 }]]))).toBe(false);
    expect(covers(rendered, new Map([['User', { first: 0, end: 0 }]]))).toBe(true);
    expect(covers(rendered, new Map([['User', { first: 0, end: 1 }]]))).toBe(false);
    expect(covers(undefined, new Map())).toBe(false);
  });

  it('numbers the header row, the band headers and every shown contact row for ARIA', () => {
    const indexes = rowIndexes([
      { code: 'Power', start: 0, count: 2 },
      { code: 'User', start: 2, count: 0 },
      { code: '', start: 5, count: 1 },
    ]);
    expect([...indexes.bands]).toEqual([
      ['Power', 2],
      ['User', 5],
      ['', 6],
    ]);
    expect([...indexes.contacts]).toEqual([
      [0, 3],
      [1, 4],
      [5, 7],
    ]);
    expect(indexes.count).toBe(7);
  });
});
