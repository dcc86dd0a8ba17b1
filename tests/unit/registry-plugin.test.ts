import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { registryPlugin } from '../../registry-plugin.ts';

const MODULE = '\0virtual:recount/match-index';

describe('the registry build step', () => {
  it('gives the content script ids, verdicts, figures and terms, and no prose', () => {
    const plugin = registryPlugin();
    expect(plugin.resolveId('virtual:recount/match-index')).toBe(MODULE);
    const source = plugin.load(MODULE)!;
    const facts = JSON.parse(source.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>[];
    expect(facts).toHaveLength(BUNDLED_FACTS.length);
    expect(Object.keys(facts[0]!).sort()).toEqual(['figures', 'id', 'match', 'verdict']);
    expect(source).not.toContain(BUNDLED_FACTS[0]!.meaning.en);
  });

  it('fails the build naming the fact and the field', () => {
    const bad = JSON.parse(JSON.stringify(BUNDLED_FACTS[0]));
    bad.sources[0].url = 'http://example.org/x';
    delete bad.summary.id;
    const run = () => registryPlugin([bad]).load(MODULE);
    expect(run).toThrowError(`${bad.id}: sources[0].url: must be an https address`);
    expect(run).toThrowError(`${bad.id}: summary.id: is missing or empty`);
  });
});
