import { validateBlueprintGoal } from './blueprint';

describe('validateBlueprintGoal', () => {
  it.each([
    ['S', 'O'],
    ['O', 'T'],
    ['M', 'D'],
    ['S', 'S'],
    ['T', 'T'],
    ['O', 'I'],
  ] as const)('allows %s → %s', (current, goal) => {
    expect(validateBlueprintGoal(current, goal)).toEqual({ ok: true });
  });

  it('refuses goals more than one level up and names the highest allowed', () => {
    expect(validateBlueprintGoal('S', 'T')).toEqual({
      ok: false,
      highestAllowed: 'O',
      message: 'A goal of Trust is more than one step from Satisfied: aim for Open first.',
    });
    expect(validateBlueprintGoal('M', 'I')).toMatchObject({ ok: false, highestAllowed: 'D' });
  });

  it('counts a blank cell as Indifferent', () => {
    expect(validateBlueprintGoal(undefined, 'S')).toEqual({ ok: true });
    expect(validateBlueprintGoal(null, 'O')).toEqual({
      ok: false,
      highestAllowed: 'S',
      message:
        'A goal of Open is more than one step from no relationship (counts as Indifferent): aim for Satisfied first.',
    });
  });
});
