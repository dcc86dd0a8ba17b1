/** The elements Recount adds to a page, by tag name: marks, notes and the card's host. Its CSS uses them too. */
export const MARK_TAG = 'recount-mark';
export const NOTE_TAG = 'recount-note';
export const CARD_TAG = 'recount-ui';
