import { analyzeAccount } from '../analyze';
import { gradedPlan, warningsOf } from '../testing';
import type { Grade } from '../types';

/** One relationship per grade letter, each with its own contact. */
const mix = (letters: string) =>
  gradedPlan([...letters].map((grade, index) => [`c${index}`, 'm1', grade as Grade] as [string, string, Grade]));

const fired = (letters: string, rule: 'TRUST_INFLATION' | 'FEW_OPEN') =>
  warningsOf(analyzeAccount(mix(letters)), rule).map((warning) => warning.message);

describe('TRUST_INFLATION', () => {
  it('fires with 4+ relationships, 2+ at T and a T share above 25%', () => {
    expect(fired('TTOS', 'TRUST_INFLATION')).toEqual([
      '2 of 4 relationships (50%) are graded Trust: check each one against recent evidence, and grade down when in doubt.',
    ]);
    expect(fired('TTOOOSS', 'TRUST_INFLATION')).toHaveLength(1);
  });

  it('says "is" for a single Trust relationship when the settings let one count as inflation', () => {
    const plan = mix('TOSS');
    const messages = warningsOf(
      analyzeAccount(plan, { trustInflationMinTrust: 1, trustInflationMaxShare: 0.2 }),
      'TRUST_INFLATION',
    );
    expect(messages.map((w) => w.message)).toEqual([
      '1 of 4 relationships (25%) is graded Trust: check each one against recent evidence, and grade down when in doubt.',
    ]);
  });

  it('does not fire below 4 relationships, with one T, or at exactly 25%', () => {
    expect(fired('TTO', 'TRUST_INFLATION')).toEqual([]);
    expect(fired('TOOS', 'TRUST_INFLATION')).toEqual([]);
    expect(fired('TTOOOOSS', 'TRUST_INFLATION')).toEqual([]);
  });
});

describe('FEW_OPEN', () => {
  it('fires with 4+ relationships and an O share below 30%', () => {
    expect(fired('OSSS', 'FEW_OPEN')).toEqual([
      'Only 1 of 4 relationships (25%) is Open: pick the people you need to move things forward and bring them new ' +
        'ideas until they are.',
    ]);
    expect(fired('OOSSSSSSSS', 'FEW_OPEN')).toEqual([
      'Only 2 of 10 relationships (20%) are Open: pick the people you need to move things forward and bring them new ' +
        'ideas until they are.',
    ]);
    expect(fired('SSSS', 'FEW_OPEN')).toEqual([
      'None of the 4 relationships is Open: pick the people you need to move things forward and bring them new ' +
        'ideas until they are.',
    ]);
  });

  it('does not fire below 4 relationships or at exactly 30%', () => {
    expect(fired('SSS', 'FEW_OPEN')).toEqual([]);
    expect(fired('OOOSSSSSSS', 'FEW_OPEN')).toEqual([]);
  });

  it('counts only relationships, not blank cells', () => {
    expect(fired('OSS', 'FEW_OPEN')).toEqual([]);
  });
});
