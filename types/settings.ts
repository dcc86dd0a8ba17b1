/** The reader's choices, as the popup, the options page and the content script all see them. */
export interface Settings {
  highlights: boolean;
  overlays: boolean;
  /** Host names where Recount is off. */
  disabledSites: string[];
  /**
   * Which save this is: every save gets a later revision than the ones before it, so a tab can
   * tell whether it follows a given change yet, or a later one (0: never saved with one).
   */
  revision?: number;
}
