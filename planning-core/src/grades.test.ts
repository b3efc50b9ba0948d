import { GRADE_INFO, gradeRank, isBetter, lowerBy, oneLevelUp } from './grades';

describe('grades', () => {
  it('orders T best to M worst', () => {
    expect(['T', 'O', 'S', 'I', 'D', 'M'].map((grade) => gradeRank(grade as 'T'))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(isBetter('O', 'S')).toBe(true);
    expect(isBetter('D', 'I')).toBe(false);
  });

  it('moves up one level at a time', () => {
    expect(oneLevelUp('M')).toBe('D');
    expect(oneLevelUp('I')).toBe('S');
    expect(oneLevelUp('T')).toBeUndefined();
  });

  it('lowers towards the floor and leaves grades at or below it alone', () => {
    expect(lowerBy('T', 2, 'I')).toBe('S');
    expect(lowerBy('T', 9, 'I')).toBe('I');
    expect(lowerBy('D', 3, 'I')).toBe('D');
  });

  it('names every grade', () => {
    expect(GRADE_INFO.M.name).toBe('Motivated to change');
    expect(Object.keys(GRADE_INFO)).toEqual(['T', 'O', 'S', 'I', 'D', 'M']);
  });
});
