import { allowedBlueprintGoals, validateBlueprintGoal } from './blueprint';

describe('validateBlueprintGoal', () => {
  it.each([
    ['S', 'O'],
    ['O', 'T'],
    ['M', 'D'],
    ['S', 'S'],
    ['T', 'T'],
    ['I', 'I'],
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

  it("refuses goals below today's effective grade and names what to aim for", () => {
    expect(validateBlueprintGoal('O', 'I')).toEqual({
      ok: false,
      highestAllowed: 'T',
      message: "A goal of Indifferent is below today's Open: aim for Trust, or to hold Open.",
    });
    expect(validateBlueprintGoal('T', 'O')).toEqual({
      ok: false,
      highestAllowed: 'T',
      message: "A goal of Open is below today's Trust: aim to hold Trust.",
    });
    expect(validateBlueprintGoal(undefined, 'D')).toMatchObject({ ok: false, highestAllowed: 'S' });
  });

  it('lists the allowed goals: one level up, then hold', () => {
    expect(allowedBlueprintGoals('S')).toEqual(['O', 'S']);
    expect(allowedBlueprintGoals('T')).toEqual(['T']);
    expect(allowedBlueprintGoals(undefined)).toEqual(['S', 'I']);
    expect(allowedBlueprintGoals('M')).toEqual(['D', 'M']);
  });
});
