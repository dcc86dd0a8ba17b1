/** The content script runs on every page: it must stay small, and leave the registry and the extractor to the background. */
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
  it('carries no registry: the background matches and serves the facts', () => {
    const text = js.toString('utf8');
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    for (const fact of BUNDLED_FACTS) {
      expect(text.includes(JSON.stringify(fact.id)), fact.id).toBe(false);
      expect(background.includes(JSON.stringify(fact.id)), fact.id).toBe(true);
    }
    // The number words live with the extractor, in the background, too.
    for (const word of ['sepuluh', 'seventeen', 'sebelas']) {
      expect(text.includes(word), word).toBe(false);
      expect(background.includes(word), word).toBe(true);
    }
  });
});
