/**
 * The content script comes in two stages. The first runs on every page: it must stay tiny, and
 * carry only the page-wide prefilter. The second (the reader) is loaded only where a page may be
 * about AI and work: it must stay small, and leave the registry and the extractor to the background.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { MARK_TAG } from '../../page/tag-names.ts';
import { READER_FILE } from '../../extension/reader-handoff.ts';
import { EXTENSION_DIR } from './harness.ts';

const gzipKb = (js: Buffer): number => gzipSync(js).length / 1024;

describe('the built content script', () => {
  const firstStage = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  const reader = readFileSync(join(EXTENSION_DIR, READER_FILE));
  it('runs a first stage of at most 6 kB gzipped on every page, without the reader or the polyfill in it', () => {
    const kb = gzipKb(firstStage);
    console.log(`content script, first stage: ${(firstStage.length / 1024).toFixed(1)} kB, ${kb.toFixed(1)} kB gzipped`);
    expect(kb).toBeLessThanOrEqual(6);
    const text = firstStage.toString('utf8');
    // The browser's own messaging is enough for the first stage; the polyfill is the reader's.
    const polyfill = 'This script should only be loaded in a browser extension.';
    expect(text.includes(polyfill)).toBe(false);
    expect(reader.toString('utf8').includes(polyfill)).toBe(true);
    // Neither the marks, nor Readability's article check, nor the sanitiser: those are the reader's.
    for (const word of [MARK_TAG, 'unlikelyCandidates', 'DOMPurify']) {
      expect(text.includes(word), word).toBe(false);
      expect(reader.toString('utf8').includes(word), word).toBe(true);
    }
  });
  it('loads a reader of at most 60 kB gzipped', () => {
    const kb = gzipKb(reader);
    console.log(`content script, reader: ${(reader.length / 1024).toFixed(1)} kB, ${kb.toFixed(1)} kB gzipped`);
    expect(kb).toBeLessThanOrEqual(60);
  });
  it('carries no registry in either stage: the background matches and serves the facts', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    for (const js of [firstStage, reader]) {
      const text = js.toString('utf8');
      for (const fact of BUNDLED_FACTS) {
        expect(text.includes(JSON.stringify(fact.id)), fact.id).toBe(false);
        expect(background.includes(JSON.stringify(fact.id)), fact.id).toBe(true);
      }
      // The number words live with the extractor, in the background, too.
      for (const word of ['sepuluh', 'seventeen', 'sebelas']) {
        expect(text.includes(word), word).toBe(false);
        expect(background.includes(word), word).toBe(true);
      }
    }
  });
});
