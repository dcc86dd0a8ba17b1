import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '../../extension/card-placement.ts';
import { CARD_GEOMETRY as G } from '../../types/claim-card.ts';

const box = (top: number, left = 100, height = 20, width = 60): Box => ({ top, bottom: top + height, left, right: left + width });
const inside = (p: { top: number; left: number; maxHeight?: number }, h: number, vw: number, vh: number): boolean =>
  p.top >= 0 && p.left >= 0 && p.top + Math.min(h, p.maxHeight ?? h) <= vh && p.left + Math.min(G.width, vw - 2 * G.margin) <= vw;
const overlaps = (p: { top: number; maxHeight?: number }, h: number, f: Box): boolean => p.top < f.bottom && p.top + Math.min(h, p.maxHeight ?? h) > f.top;

describe('placeCard', () => {
  it('opens below a figure high on screen', () => {
    const p = placeCard(box(50), 300, { width: 1280, height: 900 })!;
    expect(p.top).toBe(50 + 20 + G.gap);
    expect(inside(p, 300, 1280, 900)).toBe(true);
  });

  it('opens above a figure low on screen when the card fits there', () => {
    const f = box(800);
    const p = placeCard(f, 300, { width: 1280, height: 900 })!;
    expect(p.top + 300).toBe(800 - G.gap);
    expect(overlaps(p, 300, f)).toBe(false);
  });

  it('shrinks to the larger side when neither holds the card, without covering the figure', () => {
    for (const top of [30, 200, 215, 400]) {
      const f = box(top);
      const p = placeCard(f, 560, { width: 640, height: 450 })!;
      expect(inside(p, 560, 640, 450), `figure at ${top}`).toBe(true);
      expect(overlaps(p, 560, f), `figure at ${top}`).toBe(false);
      expect(p.maxHeight).toBeGreaterThan(150);
    }
  });

  it('keeps the card inside a narrow viewport', () => {
    const p = placeCard(box(100, 350), 200, { width: 400, height: 800 })!;
    expect(p.left).toBe(G.margin);
    expect(inside(p, 200, 400, 800)).toBe(true);
  });

  it('gives no place to a figure that has left the screen', () => {
    expect(placeCard(box(-40), 200, { width: 1280, height: 900 })).toBeNull();
    expect(placeCard(box(950), 200, { width: 1280, height: 900 })).toBeNull();
  });
});
