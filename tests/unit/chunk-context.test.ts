/** What each chunk of an article is read after: nothing for the first, then the headline and lede and the line before it. */
import { describe, expect, it } from 'vitest';
import { ChunkContext } from '../../page/reading-plan.ts';

describe('the context of each chunk', () => {
  it('gives nothing to the first chunk, then the lede and the line before each later one', () => {
    const contexts = new ChunkContext();
    const first = 'Section\nA headline of several words here\nThe lede names the source of it all.\nMore text.\nThe last line of the first chunk.\n';
    const second = 'Second chunk text.\nIts last line.\n';
    expect(contexts.next(first)).toEqual({ text: '', lede: 0, at: 0 });
    const lede = 'Section\nA headline of several words here\nThe lede names the source of it all.';
    expect(contexts.next(second)).toEqual({ text: `${lede}\nThe last line of the first chunk.\n`, lede: lede.length, at: first.length });
    // The lede stays the first chunk's; the line and the offset move on.
    expect(contexts.next('Third.\n')).toEqual({ text: `${lede}\nIts last line.\n`, lede: lede.length, at: first.length + second.length });
  });

  it('gives the lede once when the chunk before ends with it', () => {
    const contexts = new ChunkContext();
    const first = 'A headline of several words here\nThe lede names the source of it all.\n';
    contexts.next(first);
    expect(contexts.next('Next.\n')).toEqual({ text: 'A headline of several words here\nThe lede names the source of it all.', lede: first.length - 1, at: first.length });
  });
});
