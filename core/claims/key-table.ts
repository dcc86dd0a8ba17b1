/**
 * Finds which of a fixed set of words or phrases starts at a position, longest first,
 * on word edges. Keys are lower case; the caller passes lower-case text.
 */
export class KeyTable {
  private readonly byFirst = new Map<string, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const k = key.toLowerCase();
      const list = this.byFirst.get(k[0]!) ?? [];
      list.push(k);
      this.byFirst.set(k[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Length of the longest key at `p`, or 0. */
  matchAt(lower: string, p: number): number {
    const list = this.byFirst.get(lower[p] ?? '');
    if (!list) return 0;
    for (const key of list) {
      if (!lower.startsWith(key, p)) continue;
      const last = key[key.length - 1]!;
      const after = lower[p + key.length];
      if (/[\p{L}\p{N}]/u.test(last) && after !== undefined && /[\p{L}\p{M}\p{N}]/u.test(after)) continue;
      return key.length;
    }
    return 0;
  }
}
