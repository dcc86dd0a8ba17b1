/**
 * How the content script's first stage hands a page over to the reader (the rest of the content
 * script, loaded only where the page may be about AI and work). The reader is a web-accessible
 * script of the extension's own, imported by the first stage at its runtime URL (in Chromium a
 * per-session URL, so pages cannot probe for it; see web-module.ts).
 */
import { browser } from 'wxt/browser';
import type { Request } from '../types/page-state.ts';
import { importModule, publishModule } from './web-module.ts';

/** The reader's file, as built (the manifest makes it web-accessible on the content script's sites). */
export const READER_FILE = 'content-reader.js';

/** A started reader: it answers the tab's messages (popup, benchmark) from then on. */
export interface Reader {
  handle(message: Request): Promise<unknown> | undefined;
}

/**
 * The first stage's verdicts on the documents it has just read (the page's own, a same-origin
 * frame's): the page-wide prefilter's whole answer, counts and background check alike. The
 * reader's first gate on each of those documents takes its verdict instead of reading the sample
 * and asking the background again; a page that moves on later is asked afresh.
 */
export type FirstVerdicts = ReadonlyMap<Document, boolean>;

/** Starts reading the page; `signal` ends it (the content script's lifetime). */
export type StartReader = (signal: AbortSignal, verdicts?: FirstVerdicts) => Reader;

const KEY = Symbol.for('recount.reader');

/** Called by the reader's script when it is evaluated. */
export const publishReader = (start: StartReader): void => publishModule(KEY, start);

/** Loads the reader's script (once) and returns its start function. */
export const importReader = (): Promise<StartReader> => importModule(() => browser.runtime.getURL(`/${READER_FILE}`), KEY, 'the reader');
