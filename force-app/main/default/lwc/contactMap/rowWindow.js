// Which contact rows a tall map renders (the contacts-as-rows layout). A map of 100 contacts × 20 members is 2,000
// cells, of which a card's scroll box shows some 15 rows; laying out and styling the other 85 made the first render and
// every edit several times slower. Rows out of view are stood in for by spacer rows of the same height, so the
// scrollbar and the scroll position stay true; rows come in as the rep scrolls. Pure: positions in, row ranges out.

/** Maps with no more rows than this render every row (the window would cover them anyway, or nearly). */
export const WINDOW_FROM = 40;
/** Rows rendered beyond each edge of the view, so a scroll of a few rows needs no new rows. */
export const OVERSCAN_ROWS = 10;
/** Rows rendered below the first screen on the first render: the rest of the overscan follows on the first scroll. */
export const FIRST_OVERSCAN_ROWS = 3;
/** Before the first layout: a contact row's height in px (name and badges, then title · seniority). */
export const ROW_ESTIMATE = 43;
/** Before the first layout: the header row of people (--cp-head-height, 5.5rem) and a buyer band's header, in px. */
export const HEAD_ESTIMATE = 88;
export const BAND_HEAD_ESTIMATE = 37;

/** The scroll box's height before the first layout: at most min(40rem, 70vh) (contactMap.css, .cp-scroller). */
export function firstViewHeight(windowHeight) {
  return Math.min(640, windowHeight * 0.7);
}

/**
 * The bands' geometry before the table has been laid out: [{ code, start, count, top }] in screen order, where `start`
 * is the band's first contact index in the view, `count` its rows (0 when folded) and `top` its first row's offset.
 */
export function estimatedBands(groups, collapsed, rowHeight = ROW_ESTIMATE) {
  let y = HEAD_ESTIMATE;
  let start = 0;
  return groups.map((group) => {
    y += BAND_HEAD_ESTIMATE;
    const count = collapsed.has(group.code) ? 0 : group.span;
    const band = { code: group.code, start, count, top: y };
    y += count * rowHeight;
    start += group.span;
    return band;
  });
}

/**
 * For each band (`{ code, count, top }`), the rows `[first, end)` (band-relative) that meet the viewport
 * (`{ top, height }` in the scroller's content), widened by `overscan` rows above and below. Keyed by band code.
 */
export function rowsInView(bands, viewport, rowHeight, overscan = OVERSCAN_ROWS) {
  const height = rowHeight > 0 ? rowHeight : ROW_ESTIMATE;
  const from = viewport.top - overscan * height;
  const to = viewport.top + viewport.height + overscan * height;
  const ranges = new Map();
  for (const band of bands) {
    const clamp = (value) => Math.max(0, Math.min(band.count, value));
    const first = clamp(Math.floor((from - band.top) / height));
    const end = clamp(Math.ceil((to - band.top) / height));
    ranges.set(band.code, first < end ? { first, end } : { first: 0, end: 0 });
  }
  return ranges;
}

/** True when every range of `needed` lies within the rendered range of the same band. */
export function covers(rendered, needed) {
  if (!rendered) return false;
  for (const [code, range] of needed) {
    if (range.end === range.first) continue;
    const shown = rendered.get(code);
    if (!shown || range.first < shown.first || range.end > shown.end) return false;
  }
  return true;
}

/**
 * The ARIA row index (1-based, header row first) of every shown contact row and buyer band header, for a grid that
 * renders only some of its rows: { contacts: Map contact index → index, bands: Map band code → index, count }.
 */
export function rowIndexes(bands) {
  const contacts = new Map();
  const heads = new Map();
  let index = 1;
  for (const band of bands) {
    index += 1;
    heads.set(band.code, index);
    for (let i = 0; i < band.count; i += 1) {
      index += 1;
      contacts.set(band.start + i, index);
    }
  }
  return { contacts, bands: heads, count: index };
}
