// The one description of where a card stands (loading, failed, empty) that its c-contact-plan-state child shows.

/**
 * The state of `card` for its c-contact-plan-state child (`state={cardState}`, a getter that returns `cardStateOf(this, …)`): loading until the card's first
 * delivery (`card.loaded`), the errors it holds (`card.errors`), and `empty` (nothing to show) as the card judges it.
 * `words` are the card's own: `loadingLabel` (the spinner's accessible name), `errorLabel` (starts the error line),
 * `emptyText` and `emptyTone` (`success` where nothing to show is good news).
 */
export function cardStateOf(card, words, empty = false) {
  return { ...words, loading: !card.loaded, errors: card.errors, empty: Boolean(empty) };
}
