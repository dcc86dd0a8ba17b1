/** The content script runs on every page: it must stay small, and carry no registry prose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { EXTENSION_DIR } from './harness.ts';

describe('the built content script', () => {
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  it('is at most 60 kB gzipped', () => {
    const kb = gzipSync(js).length / 1024;
    console.log(`content script: ${(js.length / 1024).toFixed(1)} kB, ${kb.toFixed(1)} kB gzipped`);
    expect(kb).toBeLessThanOrEqual(60);
  });
  it('carries the facts for matching but not their texts, which the background serves', () => {
    const text = js.toString('utf8');
    for (const fact of BUNDLED_FACTS) {
      expect(text.includes(JSON.stringify(fact.id)), fact.id).toBe(true);
      expect(text.includes(fact.meaning.en.slice(0, 60)), fact.id).toBe(false);
    }
  });
});
