// Text from an org (names, titles, messages) and from a command line is shown to a person on a terminal. Control
// characters in it would be obeyed by the terminal instead (an ESC sequence can clear the screen, rewrite a line, set
// the window title or hide a hyperlink), so they are shown escaped, as `\x1b` or `\u202e`, and never cut in half.
import stringWidth from 'string-width';

/**
 * C0 and C1 controls and DEL; the line and paragraph separators; the bidirectional marks, embeddings, overrides and
 * isolates (which reorder what follows them); lone surrogates; the byte order mark.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|\p{Cs}/gu;

const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(char: string): string {
  const code = char.charCodeAt(0);
  return (
    SHORT[char] ??
    (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/** `text` with every control character replaced by its escape; other characters unchanged. */
export function visible(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The shown pieces of `text`: one per grapheme (a control character alone forms one, shown as its escape). */
function units(text: string): string[] {
  return Array.from(graphemes.segment(text), ({ segment }) => visible(segment));
}

/** Terminal columns `visible(text)` takes (wide East Asian characters and emoji count two). */
export function displayWidth(text: string): number {
  return stringWidth(visible(text));
}

/** `visible(text)` in at most `width` columns: cut between graphemes or escapes, never inside one, and marked `…`. */
export function fitVisible(text: string, width: number): string {
  const shown = visible(text);
  if (stringWidth(shown) <= width) return shown;
  let out = '';
  let used = 0;
  for (const unit of units(text)) {
    const w = stringWidth(unit);
    if (used + w > width - 1) break;
    out += unit;
    used += w;
  }
  return `${out}…`;
}

/** `text` (already visible) padded with spaces to `width` columns. */
export function padVisible(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** A value quoted for a one-line message: visible, cut after `max` characters. */
export function quoteVisible(value: string, max = 40): string {
  const chars = Array.from(value);
  const shown = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  return `"${visible(shown)}"`;
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls in strings but leaves C1 controls, bidirectional overrides
 * and the line separators as they are; those are written as \u escapes too (the same JSON value).
 */
// What JSON.stringify leaves raw (it escapes C0 controls and lone surrogates itself).
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
