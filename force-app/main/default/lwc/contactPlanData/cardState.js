// The one description of where a card stands (loading, failed, empty) that its c-contact-plan-state child shows.

// The state last handed out per card, with the words it was made from.
const LAST = new WeakMap();

/** Words with the same entries (cards build theirs in the getter, with an empty text of the moment). */
function sameWords(a, b) {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * The state of `card` for its c-contact-plan-state child (`state={cardState}`, a getter that returns `cardStateOf(this, …)`): loading until the card's first
 * delivery (`card.loaded`), the errors it holds (`card.errors`), and `empty` (nothing to show) as the card judges it.
 * `words` are the card's own: `loadingLabel` (the spinner's accessible name), `errorLabel` (starts the error line),
 * `emptyText` and `emptyTone` (`success` where nothing to show is good news).
 */
export function cardStateOf(card, words, empty = false) {
  const loading = !card.loaded;
  const { errors } = card;
  const isEmpty = Boolean(empty);
  // The same object while nothing in it changed: the child renders again for a new one, and every grade edit on the
  // map renders each card that follows it.
  const last = LAST.get(card);
  const { state } = last || {};
  if (
    last &&
    sameWords(last.words, words) &&
    state.loading === loading &&
    state.errors === errors &&
    state.empty === isEmpty
  ) {
    return state;
  }
  const fresh = { ...words, loading, errors, empty: isEmpty };
  LAST.set(card, { words, state: fresh });
  return fresh;
}
