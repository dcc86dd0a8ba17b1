/** The reader's choices, as the popup, the options page and the content script all see them. */
export interface Settings {
  highlights: boolean;
  overlays: boolean;
  /** Host names where Recount is off. */
  disabledSites: string[];
}
