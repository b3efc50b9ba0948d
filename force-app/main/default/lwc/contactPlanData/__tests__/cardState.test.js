import { cardStateOf, hasErrors } from 'c/contactPlanData';

const WORDS = {
  loadingLabel: 'Loading the plan',
  errorLabel: 'The plan could not load',
  emptyText: 'Nothing to plan.',
};

describe('cardStateOf', () => {
  it('hands a card the same object while nothing in it changed, so its state child does not render again', () => {
    const card = { loaded: true };
    const first = cardStateOf(card, WORDS, false);
    expect(cardStateOf(card, WORDS, false)).toBe(first);
    expect(cardStateOf({ loaded: true }, WORDS, false)).not.toBe(first);
    card.errors = [{ message: 'Timeout' }];
    const failed = cardStateOf(card, WORDS, false);
    expect(failed).not.toBe(first);
    expect(failed.errors).toBe(card.errors);
    expect(cardStateOf(card, WORDS, true)).toMatchObject({ empty: true, errors: card.errors });
    // Words built afresh in a getter are compared by what they say.
    const empty = cardStateOf(card, WORDS, true);
    expect(cardStateOf(card, { ...WORDS }, true)).toBe(empty);
    expect(cardStateOf(card, { ...WORDS, emptyText: 'Nothing yet.' }, true)).toMatchObject({
      emptyText: 'Nothing yet.',
    });
  });

  it('is loading until the card has its first delivery', () => {
    expect(cardStateOf({ loaded: false }, WORDS, true)).toEqual({
      loadingLabel: 'Loading the plan',
      errorLabel: 'The plan could not load',
      emptyText: 'Nothing to plan.',
      loading: true,
      errors: undefined,
      empty: true,
    });
  });

  it("carries the card's errors and its own words for them", () => {
    const errors = [{ message: 'Timeout' }];
    const state = cardStateOf({ loaded: true, errors }, WORDS);
    expect(state.loading).toBe(false);
    expect(state.errors).toBe(errors);
    expect(state.errorLabel).toBe('The plan could not load');
    expect(state.empty).toBe(false);
  });

  it('says empty only as a boolean, and keeps a tone the card chose', () => {
    const words = { ...WORDS, emptyText: 'No coverage warnings.', emptyTone: 'success' };
    expect(cardStateOf({ loaded: true }, words, 0)).toMatchObject({ empty: false, emptyTone: 'success' });
    expect(cardStateOf({ loaded: true }, words, 'yes')).toMatchObject({
      loading: false,
      empty: true,
      emptyText: 'No coverage warnings.',
    });
  });

  it('never lets the words override what the card holds', () => {
    const state = cardStateOf({ loaded: true, errors: undefined }, { ...WORDS, loading: true, errors: ['x'] }, false);
    expect(state.loading).toBe(false);
    expect(state.errors).toBeUndefined();
  });
});

describe('hasErrors', () => {
  it('counts only errors that carry a message', () => {
    expect(hasErrors(undefined)).toBe(false);
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([null])).toBe(false);
    expect(hasErrors([{ message: 'Timeout' }])).toBe(true);
    expect(hasErrors({ body: { message: 'Try later' } })).toBe(true);
  });
});
