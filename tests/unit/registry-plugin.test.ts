import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { registryPlugin } from '../../registry-plugin.ts';

describe('the registry build step', () => {
  it('passes the bundled registry', () => {
    expect(() => registryPlugin().buildStart()).not.toThrow();
  });

  it('fails the build naming the fact and the field', () => {
    const bad = JSON.parse(JSON.stringify(BUNDLED_FACTS[0]));
    bad.sources[0].url = 'http://example.org/x';
    delete bad.summary.id;
    const run = () => registryPlugin([{ schemaVersion: 2, facts: [bad] }]).buildStart();
    expect(run).toThrowError(`${bad.id}: sources[0].url: must be an https address`);
    expect(run).toThrowError(`${bad.id}: summary.id: is missing or empty`);
  });

  it('fails the build on a file without the current schemaVersion', () => {
    const fact = JSON.parse(JSON.stringify(BUNDLED_FACTS[0]));
    expect(() => registryPlugin([{ schemaVersion: 1, facts: [fact] }]).buildStart()).toThrowError('(file): schemaVersion: must be 2');
  });
});
