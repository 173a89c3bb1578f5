/**
 * The one conversion of a text offset into a 1-based line and column, as the `yaml`
 * package's LineCounter counts them: lines end at `\n`, columns count UTF-16 code units.
 * Line starts are taken from the text itself, not from a parser: after a syntax error a
 * parser may skip reporting a line break, and every later position would be off.
 */
import type { Source } from '../model/types.js';

/** Where each line of `text` starts: 0, and the offset after every `\n`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A function giving the place of each offset of `text` (in file `file`). */
export function textLocator(text: string, file: string): (offset: number) => Source {
  const starts = lineStarts(text);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
