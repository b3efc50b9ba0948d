/**
 * Sorts a short list in place, stably, as Array.prototype.sort would. The built-in sort sets up about a kilobyte of
 * working state per call, which dominates when the core sorts a few candidates for each of thousands of cells.
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let index = 1; index < list.length; index += 1) {
    const item = list[index] as T;
    let at = index - 1;
    while (at >= 0 && compare(list[at] as T, item) > 0) {
      list[at + 1] = list[at] as T;
      at -= 1;
    }
    list[at + 1] = item;
  }
  return list;
}
