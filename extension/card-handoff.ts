/**
 * The card's UI (Preact and the card's components) is the content script's third stage: the
 * reader loads it only when a card is first opened, so a page whose figures nobody opens never
 * compiles it. Like the reader, it is a web-accessible script imported at its runtime URL (see
 * web-module.ts). No `browser` here: the card's script imports this file to publish its view.
 */
import type { CardView } from '../types/claim-card.ts';
import { importModule, publishModule } from './web-module.ts';

/** The card's file, as built (the manifest makes it web-accessible on the content script's sites). */
export const CARD_FILE = 'content-card.js';

const KEY = Symbol.for('recount.card-view');

/** Called by the card's script when it is evaluated. */
export const publishCardView = (view: CardView): void => publishModule(KEY, view);

/** Loads the card's script from `url` (once) and returns its view. */
export const importCardView = (url: () => string): Promise<CardView> => importModule(url, KEY, 'the card');
