/**
 * Where the card goes beside its figure: below it or above it, whichever holds the whole card;
 * otherwise on the side with more room, shrunk to that room (the card scrolls inside). The card
 * stays inside the viewport and never overlaps the figure. Pure geometry, in CSS pixels.
 */
import { CARD_GEOMETRY as G, type CardPosition } from '../types/claim-card.ts';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** `figure`: the figure's box in the viewport; `height`: the card's full height; null when the figure is off screen. */
export function placeCard(figure: Box, height: number, viewport: { width: number; height: number }): CardPosition | null {
  const { width: vw, height: vh } = viewport;
  // An empty box (a figure not laid out) is not "off screen": the card goes at its place.
  const laidOut = figure.bottom > figure.top || figure.right > figure.left;
  if (laidOut && (figure.bottom <= 0 || figure.top >= vh || figure.right <= 0 || figure.left >= vw)) return null;
  const width = Math.min(G.width, vw - 2 * G.margin);
  const left = Math.max(G.margin, Math.min(figure.left, vw - width - G.margin));
  const wanted = Math.min(height, G.maxHeight);
  const below = vh - G.margin - (figure.bottom + G.gap);
  const above = figure.top - G.gap - G.margin;
  if (wanted <= below) return { top: figure.bottom + G.gap, left, maxHeight: Math.min(G.maxHeight, below) };
  if (wanted <= above) return { top: figure.top - G.gap - wanted, left, maxHeight: wanted };
  if (below >= above) return { top: figure.bottom + G.gap, left, maxHeight: Math.max(0, below) };
  return { top: G.margin, left, maxHeight: Math.max(0, above) };
}
