/**
 * The content script comes in three stages. The first runs on every page: it must stay tiny, and
 * carry only the page-wide prefilter. The second (the reader) is loaded only where a page may be
 * about AI and work, and compiled on every such page: it must stay small, and leave the registry
 * and the extractor to the background and the card's UI to the third stage. The third (the card's
 * UI: Preact and the card's components) is loaded only when a reader first opens a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';
import { CARD_TAG, MARK_TAG } from '../../page/tag-names.ts';
import { CARD_FILE } from '../../extension/card-handoff.ts';
import { READER_FILE } from '../../extension/reader-handoff.ts';
import { EXTENSION_DIR } from './harness.ts';

const gzipKb = (js: Buffer): number => gzipSync(js).length / 1024;
const report = (name: string, js: Buffer): number => {
  const kb = gzipKb(js);
  console.log(`content script, ${name}: ${(js.length / 1024).toFixed(1)} kB, ${kb.toFixed(1)} kB gzipped`);
  return kb;
};

// What tells each part apart in the built code: Preact's hooks slot, a rule of the card's stylesheet, the
// polyfill's guard, Readability's article check, DOMPurify's name.
const PREACT = '__H';
const CARD_STYLE = 'overscroll-behavior: contain';
const POLYFILL = 'This script should only be loaded in a browser extension.';

describe('the built content script', () => {
  const firstStage = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  const reader = readFileSync(join(EXTENSION_DIR, READER_FILE));
  const card = readFileSync(join(EXTENSION_DIR, CARD_FILE));
  const text = { firstStage: firstStage.toString('utf8'), reader: reader.toString('utf8'), card: card.toString('utf8') };

  it('runs a first stage of at most 6 kB gzipped on every page, without the reader or the polyfill in it', () => {
    // 4.9 kB now: the prefilter's counts, its first look, the navigation watch and the reader's loader.
    expect(report('first stage', firstStage)).toBeLessThanOrEqual(6);
    // The browser's own messaging is enough for the first stage; the polyfill is the reader's.
    expect(text.firstStage.includes(POLYFILL)).toBe(false);
    expect(text.reader.includes(POLYFILL)).toBe(true);
    // Neither the marks nor Readability's article check: those are the reader's.
    for (const word of [MARK_TAG, 'unlikelyCandidates']) {
      expect(text.firstStage.includes(word), word).toBe(false);
      expect(text.reader.includes(word), word).toBe(true);
    }
  });

  it('loads a reader of at most 26 kB gzipped, without the card\'s UI', () => {
    // 22.1 kB now (45.1 kB with the card's UI and the sanitiser in it): the polyfill, Readability's
    // check and article finder, reading, marking, labels, notes and the card's host and placement.
    // The limit leaves room for a few small features; the card's UI must not come back.
    expect(report('reader', reader)).toBeLessThanOrEqual(26);
    for (const word of [PREACT, CARD_STYLE, 'DOMPurify']) expect(text.reader.includes(word), word).toBe(false);
    // The card's host is the reader's (it owns the closed shadow root); what is drawn in it is not.
    expect(text.reader.includes(CARD_TAG)).toBe(true);
  });

  it('loads the card\'s UI of at most 16 kB gzipped only for a card, with Preact and without the reader, the polyfill or a sanitiser', () => {
    // 12.4 kB now: Preact with its hooks, the card's components, its chart and its styles. The
    // limit leaves room for a little more in the card, which is compiled only when one is opened.
    expect(report('card UI', card)).toBeLessThanOrEqual(16);
    for (const word of [PREACT, CARD_STYLE]) expect(text.card.includes(word), word).toBe(true);
    // Page text reaches the card only as Preact text nodes; nothing in it needs sanitising.
    for (const word of [MARK_TAG, 'unlikelyCandidates', POLYFILL, 'DOMPurify']) expect(text.card.includes(word), word).toBe(false);
  });

  it('carries no registry in any stage: the background matches and serves the facts', () => {
    const background = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    for (const js of Object.values(text)) {
      for (const fact of BUNDLED_FACTS) {
        expect(js.includes(JSON.stringify(fact.id)), fact.id).toBe(false);
        expect(background.includes(JSON.stringify(fact.id)), fact.id).toBe(true);
      }
      // The number words live with the extractor, in the background, too.
      for (const word of ['sepuluh', 'seventeen', 'sebelas']) {
        expect(js.includes(word), word).toBe(false);
        expect(background.includes(word), word).toBe(true);
      }
    }
  });
});
