import { describe, expect, it } from 'vitest';
import { searchFacts } from '../../components/fact-search.ts';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';

const ids = (query: string): string[] => searchFacts(BUNDLED_FACTS, query).map((f) => f.id);

describe('searching the bundled facts', () => {
  it('gives every fact, in registry order, for an empty query', () => {
    expect(ids('  ')).toEqual(BUNDLED_FACTS.map((f) => f.id));
  });

  it('finds a fact by its source, a publisher, a title word in either language, ignoring case', () => {
    expect(ids('klarna')).toContain('klarna-headcount-and-human-agents');
    expect(ids('TOP500')).toContain('top500-cpu-gpu-share');
    const bps = BUNDLED_FACTS.find((f) => f.id === 'bps-indonesia-open-unemployment-rate')!;
    expect(ids(bps.title.id.split(' ').slice(0, 2).join(' '))).toContain(bps.id);
    expect(ids(bps.sources[0]!.publisher)).toContain(bps.id);
  });

  it('needs every word, so more words narrow the list', () => {
    const wide = ids('jobs');
    const narrow = ids('jobs klarna');
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow.every((id) => wide.includes(id))).toBe(true);
    expect(ids('klarna zzzzqx')).toEqual([]);
  });
});
