// Arrow-key movement through the grid (WAI-ARIA grid pattern): returns the next { row, col }, clamped to the grid.
export function nextPosition(key, position, size, ctrlKey = false) {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const clamp = (value, max) => Math.max(0, Math.min(max, value));
  switch (key) {
    case 'ArrowRight':
      return { row: position.row, col: clamp(position.col + 1, last.col) };
    case 'ArrowLeft':
      return { row: position.row, col: clamp(position.col - 1, last.col) };
    case 'ArrowDown':
      return { row: clamp(position.row + 1, last.row), col: position.col };
    case 'ArrowUp':
      return { row: clamp(position.row - 1, last.row), col: position.col };
    case 'Home':
      return ctrlKey ? { row: 0, col: 0 } : { row: position.row, col: 0 };
    case 'End':
      return ctrlKey ? last : { row: position.row, col: last.col };
    default:
      return undefined;
  }
}
