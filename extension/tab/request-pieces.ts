/** How a text too long for one request to the background is cut into requests. */

/**
 * Longest text sent in one request (the background takes up to 200k characters): a chunk is cut
 * only between blocks, so one huge text node makes a huge chunk, and it is sent in pieces.
 */
const REQUEST_CHARS = 100_000;

/** Cuts text into pieces of at most `max` characters, at a line or sentence end where there is one. */
export function requestPieces(text: string, max = REQUEST_CHARS): { at: number; text: string }[] {
  const pieces: { at: number; text: string }[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const floor = max / 2;
    let cut = window.lastIndexOf('\n') + 1;
    if (cut <= floor) cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 2;
    if (cut <= floor) cut = window.lastIndexOf(' ') + 1;
    if (cut <= floor) cut = max;
    pieces.push({ at, text: window.slice(0, cut) });
    at += cut;
  }
  pieces.push({ at, text: text.slice(at) });
  return pieces;
}
